package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A relative by role who lived inside the group speaks as a former member; one who passes on words stays a relative. */
class FamilyMemberVoiceTest {

    @Test
    void daughterWhoTellsOfHerOwnLifeInsideTheGroupIsNotARelative() {
        List<Quote> q = top("His daughter Nurul, now 19, was deported from Turkey with the family last year.\n"
                + "\"We saw the executions every Friday in Raqqa, and the emir said we had to watch,\" Nurul said.",
                "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void motherWhoPassesOnHerSonsWordsStaysARelative() {
        List<Quote> q = top("His mother, Janet Pryce, lives in Leeds.\n"
                + "\"He said the emir sent the fighters to the front in Raqqa,\" Janet Pryce said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void parentWhoseOwnReturnIsToldAndWhoTellsOfLifeInsideIsAFormerMember() {
        List<Quote> q = top("Abdul Issah, 30, returned to Ghana in 2019 and now works on a prevention campaign.\n\n"
                + "\"We were sent first, every time, and the Arabs stayed behind,\" the father of three told the gathering.",
                "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Abdul Issah");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void motherWhoseOwnReturnIsToldAndWhoSawAStoningIsAFormerMember() {
        List<Quote> q = top("Kosovo flew Arta Gashi home in April 2019.\n\n\"When they stoned a woman in the square, I"
                + " stopped praying with them,\" said Arta Gashi, a mother of three.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void motherWhoseSonReturnedAndWhoPassesOnOneWordOfHisStaysARelative() {
        List<Quote> q = top("Her son came home from Syria last year, said his mother, Mary Doyle.\n\n"
                + "\"He told me about the Arabs there. I prayed for him every night,\" Mary Doyle said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }
}
