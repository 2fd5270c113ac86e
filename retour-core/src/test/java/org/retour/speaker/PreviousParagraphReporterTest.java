package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * The person whose speech the paragraph before reports ("… Ortega said he had tried to leave.") takes the floor
 * from an earlier speaker: the next paragraph's "“…,” he said" is his.
 */
class PreviousParagraphReporterTest {

    @Test
    void reportedSpeechHandsTheFloorToItsSpeaker() {
        List<Quote> q = top("An Interior Department official, who was not authorized to speak publicly, said he expected"
                + " “a handful” more cases.\n\nOne of those already home is Victor Ortega, 29, of El Paso. In a phone"
                + " interview, Ortega said he had tried to leave for a year.\n\n“They kept the good food for"
                + " themselves,” he said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Victor Ortega");
    }

    @Test
    void aParagraphWithoutReportedSpeechLeavesTheLastSpeaker() {
        List<Quote> q = top("Victor Ortega, 29, was among the first to come home. “We were hungry all the time,” he said."
                + "\n\nThe camp held about 9,000 people last spring.\n\n“Nobody came for us,” he said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Victor Ortega");
    }
}
