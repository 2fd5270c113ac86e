package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A name given as one of a group inside a relative clause (« Me Marc Delvaux, qui défend plusieurs Belges détenues à
 * Roj, dont Sarah Lahlou, dénonce : ») is not the subject of the verb after the clause: its antecedent is.
 */
class ClauseWithIncludedNameTest {

    @Test
    void theLawyerWhoDefendsSeveralWomenIncludingOneSpeaks() {
        List<Quote> q = TestPipelines.analyze("Me Marc Delvaux, qui défend plusieurs Belges détenues à Roj, dont Sarah"
                + " Lahlou, dénonce : « L'État belge joue la montre. »", "fr").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marc Delvaux");
    }

    @Test
    void theAntecedentOfAPlainClauseStillSpeaks() {
        List<Quote> q = TestPipelines.analyze("Sgt Mark Hughes, who interviewed Ali Khan after his arrest, told the jury:"
                + " \"He was calm.\"", "en").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mark Hughes");
    }
}
