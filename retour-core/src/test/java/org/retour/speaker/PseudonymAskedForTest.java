package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A pseudonym the person asked the writer for ("a man who asked us to call him Abu Khaled", "asked to be referred to
 * as Umm Sara") names the person described, who speaks by it.
 */
class PseudonymAskedForTest {

    @Test
    void theManWhoAskedUsToCallHimAbuKhaledSpeaksAsAbuKhaled() {
        List<Quote> q = TestPipelines.analyze("Almost all the Syrian interviewees complained about favouritism. A man who"
                + " asked us to call him Abu Khaled put it this way: \"A Tunisian boy who arrived last week gets a"
                + " house.\"", "en").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Abu Khaled");
    }

    @Test
    void theWomanWhoAskedToBeReferredToAsUmmSaraSpeaksAsUmmSara() {
        List<Quote> q = TestPipelines.analyze("A woman who asked to be referred to as Umm Sara said she left in 2017."
                + " \"We had nothing,\" she said.", "en").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Umm Sara");
    }
}
