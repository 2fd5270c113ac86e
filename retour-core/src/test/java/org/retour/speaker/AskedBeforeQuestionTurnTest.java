package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A question cued by a verb of asking before it ("Ms Moffat asked: “Did he cry?”") puts it to the one who spoke
 * before: the answer with no cue in the next paragraph is theirs, and the next question with no cue the asker's again.
 */
class AskedBeforeQuestionTurnTest {

    @Test
    void theWitnessAnswersTheLawyersQuestionsInTurn() {
        List<Quote> q = top("Detective Sergeant Fiona Laird told the court the accused had said in interview that he"
                + " wanted to see his mother.\n\nCross-examined by defence advocate Gail Moffat, the officer was asked"
                + " whether he had voiced support for attacks.\n\n“Not to me, no,” DS Laird said.\n\nMs Moffat asked:"
                + " “Did he cry during the interview?”\n\n“On a number of occasions.”\n\n“Did he ask about his"
                + " mother?”\n\n“He asked about her first.”", "en");
        assertThat(q).hasSize(5);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Gail Moffat");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Fiona Laird");
        assertThat(speaker(q.get(3)).name()).isEqualTo("Gail Moffat");
        assertThat(speaker(q.get(4)).name()).isEqualTo("Fiona Laird");
    }
}
