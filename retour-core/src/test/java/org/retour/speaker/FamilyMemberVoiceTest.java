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
}
