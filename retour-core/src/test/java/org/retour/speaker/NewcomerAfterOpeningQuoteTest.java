package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote with no cue that opens its paragraph, followed by a sentence that names someone for the first time at its
 * head, is that person's words, even after other speakers: a portrait opens on its subject's words. Kin a possessive
 * ties to someone told of does not take the quote.
 */
class NewcomerAfterOpeningQuoteTest {

    @Test
    void theMayorNamedAfterTheQuoteUnderAHeadingSpeaksIt() {
        List<Quote> q = top("Karim a parlé le premier. « On nous a menti », a-t-il dit.\n\nUn maire inquiet\n\n« Ces jeunes,"
                + " on les a vus revenir un par un. » Le maire, Paul Roche, reçoit dans son bureau de la mairie.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Paul Roche");
    }

    @Test
    void aNewcomerWithAnApposedRoleTakesTheQuoteOverTheLastSpeaker() {
        List<Quote> q = top("Karim a parlé le premier. « On nous a menti », a-t-il dit.\n\n« Il arrive toujours le"
                + " premier. » Sandrine Morel, la directrice de l’atelier, ne cache pas sa satisfaction.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sandrine Morel");
    }

    @Test
    void anEnglishNewcomerTakesTheQuote() {
        List<Quote> q = top("Karim spoke first. “We were lied to,” he said.\n\n“He is always the first one in.” Mark"
                + " Dalton, who runs the bakery, hired him in 2019.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mark Dalton");
    }

    @Test
    void aGermanNewcomerTakesTheQuote() {
        List<Quote> q = top("„Man hat uns belogen“, sagte Karim.\n\n„Er ist immer als Erster da.“ Markus Brandt, der"
                + " Chef der Bäckerei, hat ihn 2019 eingestellt.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Markus Brandt");
    }

    @Test
    void kinToldOfAfterTheQuoteDoesNotTakeIt() {
        List<Quote> q = top("Karim a parlé le premier. « On nous a menti », a-t-il dit.\n\n« Je ne voulais pas qu’il"
                + " parte. » Son frère, Ahmed, est mort à Raqqa en 2016.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim");
    }
}
