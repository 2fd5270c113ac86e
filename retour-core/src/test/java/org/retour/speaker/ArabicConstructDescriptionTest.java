package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An Arabic description whose head opens a construct with a noun that has the article (« عضو المجلس البلدي ») is
 * definite, so the name set off after it is the speaker's, as « الباحث، X » is.
 */
class ArabicConstructDescriptionTest {

    @Test
    void theNameAfterAConstructDescriptionSpeaks() {
        List<Quote> q = top("قالت والدة أحد العائدين إن ابنها «تغير كثيرا».\n\n"
                + "من جهته، قال عضو المجلس البلدي، سالم المنصوري، إن البلدية تعمل على «ميثاق مصالحة». "
                + "وأضاف المنصوري: «لا نريد أن نصنع جيلا جديدا من المنبوذين».", "ar");
        assertThat(speaker(q.get(1)).name()).isEqualTo("سالم المنصوري");
        assertThat(speaker(q.get(2)).name()).isEqualTo("سالم المنصوري");
    }

    @Test
    void aConstructOfThreeNounsIsDefiniteToo() {
        List<Quote> q = top("وقال مدير شرطة الفلوجة العميد سعد الدليمي إن أكثر من 1200 شخص سلموا أنفسهم. "
                + "وأضاف: «من لم تتلطخ يداه بالدماء يعود إلى عشيرته بكفالة».", "ar");
        assertThat(speaker(q.get(0)).name()).isEqualTo("سعد الدليمي");
    }

    @Test
    void aDescriptionWithoutTheArticleOrAConstructStaysUnnamed() {
        List<Quote> q = top("وقال عضو سابق في التنظيم إن «الأمراء كانوا يعيشون في الفلل».", "ar");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("عضو سابق");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("defector");
    }
}
