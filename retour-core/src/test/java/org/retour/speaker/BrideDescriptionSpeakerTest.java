package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** "The bride", "the former IS bride" describe a woman who joined the group, as „die IS-Braut“ does in German. */
class BrideDescriptionSpeakerTest {

    @Test
    void theBrideAfterTheCueIsTheWomanNamedBefore() {
        List<Quote> q = top("Zahra Ahmed, 27, followed her husband to Raqqa in 2015.\n\n"
                + "\"I believed every word they told me,\" the bride said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Zahra Ahmed");
    }

    @Test
    void anUnnamedFormerBrideIsAFormerMember() {
        List<Quote> q = top("\"We had no water for weeks,\" said a former IS bride who returned to Sydney last year.", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.RETURNEE, Voice.DEFECTOR);
    }
}
