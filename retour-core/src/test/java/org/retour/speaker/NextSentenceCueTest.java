package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote that closes a sentence opened by a cue of its own belongs to that cue, not to the cue of the next sentence
 * whose subject stands before its verb ("… said the case showed “… .” Special Agent Brian Cole said …").
 */
class NextSentenceCueTest {

    @Test
    void theNextSentencesSpeakerDoesNotTakeTheQuoteBefore() {
        List<Quote> q = top("HOUSTON - A man who fought for the Islamic State was sentenced on Friday.\n\n"
                + "In a statement, the FBI's Houston field office said the case showed \"the long arm of the law.\""
                + " Special Agent in Charge Brian Cole said the bureau would keep watch.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Federal Bureau of Investigation");
    }
}
