package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;

/**
 * In Arabic, an outlet's name in marks after « لـ » or a word of a statement (« في تصريح إلى ») is a name, and a
 * naming word read without its vowel marks announces a term, while a speaker's words in marks stay a quote.
 */
class ArabicNotQuoteTest {

    private static List<String> quotes(String text) {
        List<Quote> quotes = TestPipelines.analyze(text, "ar").get(Layers.QUOTES);
        return quotes.stream().map(Quote::text).toList();
    }

    @Test
    void anOutletNamedInMarksIsNoQuote() {
        assertThat(quotes("وقال المستشار إبراهيم الورفلي، في تصريح إلى «بوابة الوسط»، إن النيابة حققت مع المتهمين."))
                .doesNotContain("بوابة الوسط");
        assertThat(quotes("وقال الشاب لـ«المصري اليوم» إنه خرج من التنظيم بعد عامين.")).doesNotContain("المصري اليوم");
    }

    @Test
    void aWordOfNamingWithVowelMarksAnnouncesATerm() {
        assertThat(quotes("وقال إن التنظيم أطلق عليهم لَقَب «أسود الخلافة في الشام» بعد المعركة."))
                .doesNotContain("أسود الخلافة في الشام");
    }

    @Test
    void aSpeakersWordsInMarksStayAQuote() {
        assertThat(quotes("وقال الشاب لـ«المصري اليوم»: «خرجت بعد ما فجّروا مسجد الروضة، ولم أعد أحتمل».")).contains(
                "خرجت بعد ما فجّروا مسجد الروضة، ولم أعد أحتمل");
    }
}
