package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Given names common in France and the Maghreb name the person a pronoun cue then refers to, with their gender: a
 * description of the other gender does not take them up.
 */
class FrenchGivenNamesTest {

    @Test
    void unPrenomBretonOuMaghrebinSeulNommeLaPersonne() {
        List<Quote> q = top("Nadir, 30 ans, vit à Évry. « Je n'ai plus rien à cacher », précise-t-il.\n"
                + "Gwenaëlle, sa voisine, hésite. « Il a changé », dit-elle.\n"
                + "Maël, son cousin, acquiesce. « Il a changé, oui », répète-t-il.", "fr");
        assertThat(q).hasSize(3);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadir");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Gwenaëlle");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Maël");
    }

    @Test
    void bilelIsAManSoTheEducatorSmilingAfterHisNameIsNotHim() {
        List<Quote> q = top("Sonia Khelifi suit une dizaine de sortants de prison à Toulon.\n\n"
                + "Bilel, 26 ans, travaille comme livreur. « Il préfère se taire », sourit l'éducatrice.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sonia Khelifi");
    }

    @Test
    void bilelTakesTheMasculinePronounCue() {
        List<Quote> q = top("Sonia Khelifi suit une dizaine de sortants de prison à Toulon.\n\n"
                + "Bilel, 26 ans, travaille comme livreur. « Je préfère me taire », sourit-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Bilel");
    }
}
