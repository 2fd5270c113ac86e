package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * Words nested after a verb of speech joined by a conjunction to an earlier verb ("he called me from a Turkish number
 * and said, ‘…’") are the words of the person that earlier verb's subject pronoun stands for.
 */
class CoordinatedReportingPronounTest {

    @Test
    void theBrotherWhoCalledAndSaidSpokeTheNestedWords() {
        List<Quote> q = TestPipelines.analyze("Shuvo, 24, is back in Dhaka.\n\n\"Then one night in December he called me"
                + " from a Turkish number and said, 'Bhaiya, I made a big mistake.' I could not believe it was him,\""
                + " Nazmul said.", "en").get(Layers.QUOTES);
        Quote nested = q.stream().filter(x -> x.parent() != null).findFirst().orElseThrow();
        assertThat(speaker(nested).name()).isEqualTo("Shuvo");
    }
}
