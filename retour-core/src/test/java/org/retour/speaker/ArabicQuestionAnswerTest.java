package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Arabic answers in court: a verb of answering with « ف » is a cue (« فأجاب »), the family name alone after a verb
 * of speech is the person named in full before (« فأجاب الزعبي »), and a question put through the object suffix of
 * the verb of asking (« سأله رئيس المحكمة ») is answered by the one asked, not by the asker named after the verb.
 */
class ArabicQuestionAnswerTest {

    private static final String OPENING = "استمعت محكمة أمن الدولة إلى المتهم حمزة الزعبي، في جلسة برئاسة القاضي "
            + "العسكري العقيد محمد العفيف.\n\n";

    @Test
    void theFamilyNameAloneAfterAVerbOfAnsweringIsTheAccused() {
        List<Quote> q = top(OPENING + "وسأل القاضي المتهم عن سبب عودته، فأجاب الزعبي: \"لا، أنا قررت الهرب قبل ذلك بكثير\".", "ar");
        assertThat(speaker(q.get(0)).name()).isEqualTo("حمزة الزعبي");
    }

    @Test
    void theNameRightAfterTheVerbSpeaksThoughTheAskerStandsBefore() {
        List<Quote> q = top(OPENING + "وعندما سأله رئيس الهيئة عن سبب عدم تنفيذه العملية، قال الزعبي: \"كنت أنتظر دوري\".", "ar");
        assertThat(speaker(q.get(0)).name()).isEqualTo("حمزة الزعبي");
    }

    @Test
    void theOneAskedThroughTheSuffixAnswersWithNoNameAfterTheVerb() {
        List<Quote> q = top("مثل العائد محمود عبد الرحمن أمام المحكمة الجنائية في بغداد.\n\n"
                + "وعندما سأله رئيس المحكمة عن سبب عدم عودته مبكرا، قال: \"لو كنت أعرف طريقا آمنا لخرجت في الشهر الأول\".", "ar");
        assertThat(speaker(q.get(0)).name()).isEqualTo("محمود عبد الرحمن");
    }

    @Test
    void theAskerStillSpeaksWhenTheQuestionIsPutToSomeoneElseByName() {
        List<Quote> q = top("مثل العائد محمود عبد الرحمن أمام المحكمة الجنائية في بغداد.\n\n"
                + "وقال رئيس المحكمة القاضي علي الكناني: \"هذه المحكمة لا تنظر إلا في الأدلة\".", "ar");
        assertThat(speaker(q.get(0)).name()).isEqualTo("علي الكناني");
    }
}
