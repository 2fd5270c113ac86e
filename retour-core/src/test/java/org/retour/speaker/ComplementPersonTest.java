package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description with a person as its complement (« le père de l'accusé ») stands for someone other than that
 * person: it takes up no one named before unless their role has its noun; an indefinite complement (« l'ancienne épouse
 * d'un combattant ») leaves the periphrasis free to take up the protagonist.
 */
class ComplementPersonTest {

    @Test
    void theFatherOfTheAccusedIsNotTheAccused() {
        List<Quote> q = top("Walid Ferhat, 31 ans, est jugé à Créteil. « Je suis parti par bêtise », a-t-il déclaré.\n\n"
                + "« Il a toujours été naïf », soupire le père de l'accusé à la sortie.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("le père");
    }

    @Test
    void aFatherNamedAsSuchIsTakenUp() {
        List<Quote> q = top("Walid Ferhat, 31 ans, est jugé à Créteil. Son père, Mourad Ferhat, est venu l'écouter.\n\n"
                + "« Il a toujours été naïf », soupire le père de l'accusé à la sortie.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mourad Ferhat");
    }

    @Test
    void theWifeOfAFighterMayBeTheProtagonist() {
        List<Quote> q = top("Inès Marchal a passé quatre ans en Syrie. Elle vit aujourd'hui près de Lille.\n\n"
                + "« Les voisins m'évitent », confie l'ancienne épouse d'un combattant de l'EI.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Inès Marchal");
    }
}
