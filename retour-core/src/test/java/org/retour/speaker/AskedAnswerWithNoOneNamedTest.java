package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A question and its answer between two persons of whom only the asker is described (« Le président l'interroge.
 * « … ? », demande-t-il. « Non », répond-il. »): the answer's pronoun is read without end, the question stays the
 * asker's.
 */
class AskedAnswerWithNoOneNamedTest {

    @Test
    void theAnswerOfSomeoneUnnamedIsReadAndTheQuestionIsTheAskers() {
        List<Quote> q = TestPipelines.analyze("Le président l'interroge. « Vous les avez vues ? », demande-t-il."
                + " « Non », répond-il.", "fr").get(Layers.QUOTES);
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).description()).isEqualTo("Le président");
        assertThat(speaker(q.get(1)).description()).isNotEqualTo("Le président");
    }
}
