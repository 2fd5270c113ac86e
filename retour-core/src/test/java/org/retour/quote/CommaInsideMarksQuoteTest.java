package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;

/**
 * Two capitalised words in marks that end with a comma inside them, followed by a subject and a verb of speech
 * ("“Ask Tom,” she said"), are someone's words, not a name.
 */
class CommaInsideMarksQuoteTest {

    private static List<Quote> quotes(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.MARKED_QUOTES);
    }

    @Test
    void capitalisedWordsWithACommaInsideBeforeSheSaidAreAQuote() {
        String text = "Asked whether her colleagues agreed, she smiled.\n\n“Ask Marjorie,” she said.";
        List<Quote> q = quotes(text, "en");
        assertThat(q).extracting(Quote::text).containsExactly("Ask Marjorie,");
        assertThat(q.get(0).span().of(text)).isEqualTo("Ask Marjorie,");
    }

    @Test
    void aNameInMarksWithoutSpeechAfterStaysAName() {
        assertThat(quotes("The group called the operation “Black Banner” and kept it secret.", "en")).isEmpty();
    }
}
