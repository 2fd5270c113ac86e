package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * Arabic verbs in the first person past carry their own pronoun ("رأيتهم"), and "أحدهم" (one of them) speaks
 * for the group of returnees or defectors named before it.
 */
class ArabicFirstPersonVoiceTest {

    @Test
    void aSpeakerWhoSawThemInTheFirstPersonIsAFormerMember() {
        List<Quote> q = top("يستقبلنا يوسف في بيت أهله بعد عامين من عودته.\n"
                + "يقول يوسف: «رأيتهم يجلدون الناس في السوق كل جمعة».", "ar");
        assertThat(speaker(q.get(0)).name()).isEqualTo("يوسف");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.RETURNEE, Voice.DEFECTOR);
    }

    @Test
    void oneOfTheReturneesSpeaksAsAReturnee() {
        List<Quote> q = top("وتحدث التقرير إلى عشرين من العائدين إلى تونس بعد سنوات في سوريا.\n"
                + "وقال أحدهم: «كانوا يقتلون الناس الذين جئنا لنحميهم».", "ar");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }
}
