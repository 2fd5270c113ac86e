package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A name that stands for another person (an alias in marks, a title taken for a name) gives its words to that person. */
class StandInSpeakerTest {

    @Test
    void anAliasInMarksSpeaksAsThePersonWhoTookIt() {
        List<Quote> q = top("Liam Carver, who took the name \"Yusuf\" when he converted, came back to Leeds in 2020."
                + " He was never charged.\n\n\"I went there for the wrong reasons,\" the convert said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Liam Carver");
    }

    @Test
    void aTitleTakenForANameSpeaksAsThePersonItBelongsTo() {
        List<Quote> q = top("The ministry's envoy, Special Representative for Syria Helen Marsh, said the camps were"
                + " overcrowded. \"We cannot wait for another winter,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Helen Marsh");
    }

    @Test
    void aRelationBeforeACommaIsNoTitle() {
        List<Quote> q = top("Omar's brother, Karim, drove to the airport that night. \"He looked a hundred years old,\""
                + " Karim says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim");
    }
}
