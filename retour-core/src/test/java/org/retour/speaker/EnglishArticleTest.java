package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.assertQuote;
import static org.retour.speaker.QuoteAssertions.person;
import static org.retour.speaker.QuoteAssertions.topLevel;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** An English article with curly quotes, an inverted cue, pronoun speakers, a defector and a scare quote. */
class EnglishArticleTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = TestPipelines.analyze(QuoteAssertions.resource("org/retour/speaker/article-en.txt"), "en");
    }

    @Test
    void everyQuoteHasItsSpeakerCueAndVoice() {
        List<Quote> top = topLevel(analysis);
        assertThat(analysis.get(Layers.QUOTES)).hasSize(5);
        assertQuote(analysis, top.get(0), "They are tired", "believe in the cause,", "Sarah Whitfield", null,
                "official", "said");
        assertQuote(analysis, top.get(1), "Some of them", "every week,", "Sarah Whitfield", null, "official", "added");
        assertQuote(analysis, top.get(2), "I saw them", "run away,", null, "a 26-year-old Syrian defector",
                "defector", "told");
        assertQuote(analysis, top.get(3), "After that night", "about escaping,", null,
                "a 26-year-old Syrian defector", "defector", "said");
        assertQuote(analysis, top.get(4), "a warning sign", "for the group", "Thomas Hegghammer", null,
                "researcher", "said");
    }

    @Test
    void scareQuoteIsNotAQuote() {
        assertThat(analysis.get(Layers.QUOTES)).noneMatch(q -> q.text().equals("caliphate"));
    }

    @Test
    void fragmentInReportedSpeechIsPartial() {
        assertThat(topLevel(analysis)).extracting(Quote::partial).containsExactly(false, false, false, false, true);
    }

    @Test
    void rolesAndPronounMentions() {
        assertThat(person(analysis, "Sarah Whitfield").role())
                .isEqualTo("director of counter-terrorism at the Home Office");
        assertThat(person(analysis, "Sarah Whitfield").mentions()).extracting(m -> m.text())
                .containsExactly("Sarah Whitfield", "she");
        assertThat(person(analysis, "Thomas Hegghammer").role()).isEqualTo("researcher");
        assertThat(topLevel(analysis).get(2).attribution().speaker().role()).isEqualTo("26-year-old Syrian defector");
    }
}
