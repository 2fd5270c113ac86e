package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun after a preposition in a sentence's opening phrase (« À côté d'elle, … ») is that phrase's
 * complement: the subject after the comma is the one a later « elle » takes up.
 */
class PronounInOpeningPhraseTest {

    @Test
    void theDaughterInLawAfterBesideHerSpeaksNotTheMother() {
        List<Quote> q = top("BREST - Dans sa cuisine, Josiane Le Bihan sert le café. Son fils Marc, 34 ans, est rentré"
                + " de Syrie en 2019.\n\n« Mon fils est revenu, mais il ne parle plus », soupire la sexagénaire.\n\n"
                + "A côté d'elle, sa belle-fille, Nadia, rapatriée l'an dernier, l'écoute sans l'interrompre. Elle a"
                + " purgé sa peine. « Moi, j'étais enfermée avec les petits », explique-t-elle.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nadia");
    }
}
