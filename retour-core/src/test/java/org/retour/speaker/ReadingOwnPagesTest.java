package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A speaker who reads from his own notes or pages ("said, reading from two handwritten pages") speaks his own
 * words: no letter's writer takes them.
 */
class ReadingOwnPagesTest {

    @Test
    void readingFromHandwrittenPagesLeavesTheWordsTheSpeakers() {
        List<Quote> q = top("Then the defendant rose.\n\n“I will not pretend that anyone fooled me,” Mr. Danforth, 41, said,"
                + " reading from three handwritten pages. “I knew what they were.”", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Danforth");
    }

    @Test
    void readingFromHisNotesIsHisOwnStatement() {
        List<Quote> q = top("Leon Varga stood up in court.\n\n“I was wrong about all of it,” Varga said, reading from his notes.",
                "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Leon Varga");
    }
}
