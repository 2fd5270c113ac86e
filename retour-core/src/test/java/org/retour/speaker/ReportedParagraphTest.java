package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A quote alone in its paragraph goes on the reported speech the paragraph before ends with ("…, she says."). */
class ReportedParagraphTest {

    private static final String LEAD = "Rebecca Hollis, 29, travelled to Syria with her husband in 2015. Her father, Graeme Hollis,"
            + " has campaigned for her return.\n\n";

    @Test
    void theTellerOfTheParagraphBeforeSpeaksTheQuoteAfterIt() {
        List<Quote> q = top(LEAD + "Life there was nothing like the videos, she says. Women were not allowed out alone.\n\n"
                + "\"You sit in a room with the curtains closed and you wait.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rebecca Hollis");
    }

    @Test
    void someoneNamedAfterTheTellerLeavesTheQuoteToOtherRules() {
        List<Quote> q = top(LEAD + "Life there was nothing like the videos, she says. Graeme Hollis sent money every month.\n\n"
                + "\"You sit in a room with the curtains closed and you wait.\"", "en");
        assertThat(speaker(q.get(0)) == null || !"Rebecca Hollis".equals(speaker(q.get(0)).name())).isTrue();
    }
}
