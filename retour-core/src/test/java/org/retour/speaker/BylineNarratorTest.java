package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** The reporter's own "I" as a cue's subject gives the words to the person the byline names, a journalist. */
class BylineNarratorTest {

    @Test
    void theReportersQuestionIsTheBylinesJournalists() {
        List<Quote> q = top("By Sophie Lindqvist, Reuters\n\nThe guards bring Ahmed Farouk into the room and leave.\n\n"
                + "\"What did you do there?\" I asked.\n\n\"I cooked for the fighters,\" Farouk said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sophie Lindqvist");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.JOURNALIST);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ahmed Farouk");
    }

    @Test
    void aGermanReportersInvertedQuestionIsTheBylines() {
        List<Quote> q = top("Von Katrin Vogel\n\nMarco Schulte sitzt in einem Café in Dinslaken.\n\n"
                + "„Warum sind Sie gegangen?“, fragte ich.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Katrin Vogel");
    }

    @Test
    void withoutABylineTheWritersIGivesNoOneElse() {
        List<Quote> q = top("Ahmed Farouk sits on a plastic chair.\n\n\"What did you do there?\" I asked.", "en");
        assertThat(speaker(q.get(0)) == null ? null : speaker(q.get(0)).name()).isNotEqualTo("Ahmed Farouk");
    }
}
