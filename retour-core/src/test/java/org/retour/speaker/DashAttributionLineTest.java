package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A quote on a line of its own with a dash line under it naming a person ("— Sen. X, on CNN") is that person's. */
class DashAttributionLineTest {

    @Test
    void theDashLineUnderAnEpigraphNamesItsSpeaker() {
        List<Quote> q = top("“Every one of them is back in business, and they are recruiting.”\n— Sen. Marjorie Teller (R-Idaho),"
                + " in a radio interview, May 2, 2023\n\nTeller has repeated the claim at rallies. We checked it.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marjorie Teller");
    }

    @Test
    void aQuoteInsideItsParagraphTakesNoDashLine() {
        List<Quote> q = top("Analysts disagree. Some call it “a recruiting drive.”\n— The editors", "en");
        assertThat(speaker(q.get(0))).isNull();
    }
}
