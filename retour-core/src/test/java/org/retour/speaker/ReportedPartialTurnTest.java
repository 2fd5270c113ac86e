package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A word quoted in passing from someone another speaker's report tells of ("He said that … his emir told him he
 * had been “selected”") takes no turn: the next "he said" is the reporter's.
 */
class ReportedPartialTurnTest {

    @Test
    void theReportersPronounIsNotTheOneQuotedInPassing() {
        List<Quote> q = top("Tariq Mansour pleaded guilty in May.\n\nHe said that in 2016 his emir told him that he had been"
                + " “selected” for a raid near Kirkuk, and that he hid in a farmhouse instead.\n\n“I thought about my son"
                + " every night,” he told the judge.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tariq Mansour");
    }

    @Test
    void withoutAReportTheOneQuotedKeepsTheTurn() {
        List<Quote> q = top("Tariq Mansour pleaded guilty in May.\n\nIn 2016 his emir, Abu Layth, told the men that they had"
                + " been “selected” for a raid near Kirkuk.\n\n“Nobody refused,” he said.", "en");
        assertThat(speaker(q.get(1)).name()).isNotEqualTo("Tariq Mansour");
    }
}
