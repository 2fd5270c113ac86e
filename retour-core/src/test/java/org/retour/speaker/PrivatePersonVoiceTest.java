package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A private person nothing else describes, quoted in an article about returnees or defectors. */
class PrivatePersonVoiceTest {

    @Test
    void privatePersonSpeakingOfThemselvesInAStoryOfReturnsIsAReturnee() {
        List<Quote> q = top("Le nombre de revenants de Daech jugés en France a doublé en un an, selon le parquet.\n\n"
                + "Samir Benali a longtemps hésité avant de parler. « Je ne dormais plus, je comptais les jours »,"
                + " a confié Samir Benali.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samir Benali");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void privatePersonSpeakingOfThemselvesInAStoryOfFlightIsADefector() {
        List<Quote> q = top("Three defectors from the Islamic State who fled to Turkey last month were interviewed by the BBC.\n\n"
                + "Omar Farooq took a long time to speak. \"I could not sleep, I counted the days,\" Omar Farooq said.",
                "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void privatePersonStaysUnknownInAnArticleOfReturnsThatIsNotAboutTheGroup() {
        List<Quote> q = top("Die Stadt hat einen neuen Park eröffnet. Viele Familien sind zurückgekehrt.\n\n"
                + "Jonas Weber kam mit seinem Hund. „Ich habe lange darauf gewartet“, sagte Jonas Weber.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Jonas Weber");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.UNKNOWN);
    }

    @Test
    void privatePersonWhoSpeaksOfNeitherThemselvesNorTheGroupStaysUnknown() {
        List<Quote> q = top("Le nombre de revenants de Daech jugés en France a doublé en un an, selon le parquet.\n\n"
                + "« La salle était pleine », a dit Samir Benali.", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.UNKNOWN);
    }

    @Test
    void officeHolderKeepsTheVoiceOfTheOfficeInAStoryOfReturns() {
        List<Quote> q = top("Le nombre de revenants de Daech jugés en France a doublé en un an, selon le parquet.\n\n"
                + "Le député Samir Benali a pris la parole. « Je crois que la loi doit changer », a dit Samir Benali.",
                "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }
}
