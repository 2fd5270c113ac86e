package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;

/**
 * A quote that opens by naming who said the words it nests ("“Karim said, ‘…’,” he wrote") is not that person's:
 * the nested words are theirs, the quote around them and the next one of the same cue go to the one who spoke before.
 */
class ReportedHeadSpeakerTest {

    private static final String TEXT = "Letter from a former fighter\n\n"
            + "A man who fought for the Islamic State wrote to the court from prison.\n\n"
            + "\"I was promised a cause. I got a night shift,\" Samir Nouri wrote.\n\n"
            + "He writes that his mother's illness decided him. His brother, Karim Nouri, had sent him a message from the"
            + " hospital. \"Karim said, 'Mom asked for you before she asked for water,'\" he wrote. \"After that I stopped"
            + " sleeping.\"\n";

    @Test
    void theNestedWordsAreThoseOfTheNamedReporter() {
        Analysis a = org.retour.quote.TestPipelines.analyze(TEXT, "en");
        List<Quote> top = topLevel(a);
        assertThat(speaker(children(a, top.get(1)).get(0)).name()).isEqualTo("Karim Nouri");
    }

    @Test
    void theQuoteAroundThemAndTheNextOneAreTheLastSpeakers() {
        List<Quote> top = topLevel(org.retour.quote.TestPipelines.analyze(TEXT, "en"));
        assertThat(speaker(top.get(1)).name()).isEqualTo("Samir Nouri");
        assertThat(speaker(top.get(2)).name()).isEqualTo("Samir Nouri");
    }
}
