package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** "His Honour" and "Her Honour" are how court reports take up the judge: an official, the judge named before. */
class HonourJudgeTest {

    @Test
    void hisHonourIsTheJusticeNamedBefore() {
        List<Quote> q = top("Justice Andrew Kellett noted that the offender had left the group before the fall of Raqqa."
                + " “I accept that he was trying to get out long before it was over,” his Honour said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Andrew Kellett");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void herHonourWithNoJudgeNamedIsAnUnnamedOfficial() {
        List<Quote> q = top("The hearing resumed after lunch. “The court will rise,” her Honour said.", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }
}
