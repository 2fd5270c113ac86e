package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote with no cue takes up the words of the one who spoke earlier in its paragraph, or earlier in its own sentence,
 * when no one came up since.
 */
class ParagraphSpeakerGoesOnTest {

    @Test
    void laCitationSansIncisePoursuitLaParoleDuParagraphePlutotQueSonSujetDeTete() {
        List<Quote> q = top("Léa Moreau a passé quatre ans à Raqqa.\n"
                + "Son frère, un Lyonnais, périt à Mossoul en 2016. Elle ne dit pas « exécuté », elle dit « emporté »."
                + " Ensuite, l'exil. « On changeait de maison chaque mois. Personne ne savait où aller. »", "fr");
        assertThat(q).hasSize(3);
        assertThat(speaker(q.get(2)).name()).isEqualTo("Léa Moreau");
    }

    @Test
    void uneSecondeCitationDansLaMemePhraseGardeLOrateurDeLaPremiere() {
        List<Quote> q = top("Selon une source proche de l'enquête, Samir Haddad aurait reconnu avoir « eu peur » au contrôle et"
                + " aurait renoncé à pointer « pour respirer un peu ».", "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samir Haddad");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Samir Haddad");
    }
}
