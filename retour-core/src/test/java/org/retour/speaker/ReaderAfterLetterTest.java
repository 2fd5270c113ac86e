package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person named at the head of the sentence right after a letter's closing mark (« … » Ginette Lapointe replie la
 * feuille.) opens that sentence: the pronoun cue that follows is hers, not the son's who wrote the letter.
 */
class ReaderAfterLetterTest {

    @Test
    void theMotherWhoFoldsTheLetterSpeaksAfterIt() {
        List<Quote> q = top("Les lettres arrivent tous les trois mois, par la Croix-Rouge. Ginette Lapointe, 61 ans, les range"
                + " dans un cartable rouge. Son fils, Jérémie, 30 ans, est détenu à Hassaké.\n\n"
                + "Parti en 2015, Jérémie Lapointe affirme avoir quitté le groupe à la fin de 2018. «\u00a0Il a marché vers"
                + " eux avec un drap blanc\u00a0», raconte sa mère.\n\n"
                + "Elle sort la dernière lettre et lit lentement : «\u00a0Maman, ici on dort à quarante dans une salle."
                + " Sortez-moi d'ici.\u00a0» Ginette Lapointe replie la feuille. «\u00a0Il n'a jamais écrit ça avant. Ça me"
                + " fait peur\u00a0», confie-t-elle.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Jérémie Lapointe");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Ginette Lapointe");
    }
}
