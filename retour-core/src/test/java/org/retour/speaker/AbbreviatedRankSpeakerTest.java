package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An abbreviated military or police rank before a name ("Brig. Gen.", "Maj.", "Det. Supt.") ends no sentence: the
 * cue after the name still gives the quote before it to that person.
 */
class AbbreviatedRankSpeakerTest {

    @Test
    void aBrigadierGeneralNamedAfterTheQuoteSpeaksIt() {
        List<Quote> q = top("The Pentagon said Thursday that the camps could not last.\n\n\"Nobody can keep these"
                + " places open forever,\" Marine Corps Brig. Gen. Helen Ward, a spokeswoman for the command, told"
                + " reporters.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Helen Ward");
    }

    @Test
    void aDetectiveSuperintendentNamedAfterTheQuoteSpeaksIt() {
        List<Quote> q = top("Police made two arrests in Leeds.\n\n\"The inquiry is at an early stage,\" Det. Supt. Paul"
                + " Brennan said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Brennan");
    }
}
