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

/** A German article with „…“ marks, inverted cues, a defector, a scare quote and a newspaper's name. */
class GermanArticleTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = TestPipelines.analyze(QuoteAssertions.resource("org/retour/speaker/article-de.txt"), "de");
    }

    @Test
    void everyQuoteHasItsSpeakerCueAndVoice() {
        List<Quote> top = topLevel(analysis);
        assertThat(analysis.get(Layers.QUOTES)).hasSize(5);
        assertQuote(analysis, top.get(0), "Die Stimmung in Rakka", "nach Hause", "Hans-Georg Maaßen", null,
                "official", "sagte");
        assertQuote(analysis, top.get(1), "Wir bekommen", "von Familien", "Hans-Georg Maaßen", null, "official",
                "fügte");
        assertQuote(analysis, top.get(2), "Wer gehen wollte", "als Verräter.", null, "Ein ehemaliger IS-Kämpfer",
                "defector", "erzählte");
        assertQuote(analysis, top.get(3), "Ich hatte", "Angst", null, "Ein ehemaliger IS-Kämpfer", "defector", "sagt");
        assertQuote(analysis, top.get(4), "eine wichtige Stimme", "gegen die Propaganda", "Susanne Schröter", null,
                "researcher", "erklärte");
        assertThat(top).extracting(Quote::partial).containsExactly(false, false, false, false, true);
    }

    @Test
    void scareQuoteAndNewspaperAreNotQuotes() {
        assertThat(analysis.get(Layers.QUOTES)).extracting(Quote::text).doesNotContain("Kalifat", "Süddeutsche Zeitung");
    }

    @Test
    void compoundRolesAreRead() {
        assertThat(person(analysis, "Hans-Georg Maaßen").role()).isEqualTo("Verfassungsschutzpräsident");
        assertThat(person(analysis, "Susanne Schröter").role()).isEqualTo("Islamwissenschaftlerin");
    }
}
