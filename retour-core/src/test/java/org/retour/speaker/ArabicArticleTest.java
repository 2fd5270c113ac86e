package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.assertQuote;
import static org.retour.speaker.QuoteAssertions.topLevel;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** An Arabic article with « » and " " marks, verbs with implied subjects, a defector and a scare quote. */
class ArabicArticleTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = TestPipelines.analyze(QuoteAssertions.resource("org/retour/speaker/article-ar.txt"), "ar");
    }

    @Test
    void everyQuoteHasItsSpeakerCueAndVoice() {
        List<Quote> top = topLevel(analysis);
        assertThat(analysis.get(Layers.QUOTES)).hasSize(4);
        assertQuote(analysis, top.get(0), "كثير منهم", "أمل كبيرة", "بيتر نيومان", null, "researcher", "وقال");
        assertQuote(analysis, top.get(1), "بعضهم يتصل بنا", "العودة", "بيتر نيومان", null, "researcher", "وأضاف");
        assertQuote(analysis, top.get(2), "رأيت أشياء", "أنساها", null, "مقاتل سابق", "defector", "وروى");
        assertQuote(analysis, top.get(3), "لم أعد", "القتل", null, "مقاتل سابق", "defector", "وقال");
    }

    @Test
    void soCalledStateIsNotAQuote() {
        assertThat(analysis.get(Layers.QUOTES)).noneMatch(q -> q.text().contains("الخلافة"));
    }

    @Test
    void theResearcherIsTheOnlyPerson() {
        assertThat(analysis.get(Layers.PERSONS)).extracting(Entity::canonical).containsExactly("بيتر نيومان");
        assertThat(analysis.get(Layers.PERSONS).get(0).role()).isEqualTo("الباحث");
    }
}
