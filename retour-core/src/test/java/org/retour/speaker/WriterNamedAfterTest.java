package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** Words a cue gives to a letter ("“…,” the letter says") are its writer's, named in apposition right after ("The writer, X, …"). */
class WriterNamedAfterTest {

    private static final String OPENING = "The bill has stalled in committee since spring.\n\nIn May, a man held in a"
            + " state prison in Ohio wrote to the senator's office about his years in Syria.\n\n";

    @Test
    void theLettersWordsAreTheWritersNamedInTheNextSentence() {
        List<Quote> q = top(OPENING + "\"I cooked for them and I hated every day of it,\" the letter says.\n\n"
                + "The writer, Daniel Okoro, 34, of Toledo, was sentenced in 2021.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Daniel Okoro");
    }

    @Test
    void aNameAfterAnotherHeadIsNotTheWriter() {
        List<Quote> q = top(OPENING + "\"I cooked for them and I hated every day of it,\" the letter says.\n\n"
                + "The senator, Daniel Okoro, 64, of Toledo, has read it twice.", "en");
        assertThat(speaker(q.get(0))).isNull();
    }
}
