package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** "Pressed" after a question is a verb of speech: its subject asks, not the official who spoke before. */
class PressedQuestionCueTest {

    @Test
    void aReporterWhoPressedAsksTheQuestion() {
        List<Quote> q = top("Helen Crane said the department \"will keep working with partners.\"\n\n\"How many are still"
                + " there, roughly?\" one reporter pressed.\n\n\"I won't give a number,\" Crane replied.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("one reporter");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Helen Crane");
    }
}
