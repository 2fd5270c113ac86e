package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A stressed self between a verb of speech and the words nested in a quote (« Il me l'a dit lui-même : “…” ») still
 * lets the verb's pronoun give the nested words their speaker: the person the outer speaker talks of.
 */
class StressedSelfNestedCueTest {

    @Test
    void theSonTheMotherTalksOfSaidTheNestedWords() {
        List<Quote> q = TestPipelines.analyze("Rachid Bensaïd, 29 ans, est rentré de Syrie en 2017. Sa mère, Malika,"
                + " nous reçoit à Vénissieux. « Il se réveillait la nuit. » Mais, selon elle, ce n'est pas ce qui l'a fait"
                + " partir. « Il est parti parce que l'État s'effondrait. Il me l'a dit lui-même : \"C'était fini, je me"
                + " suis sauvé.\" »", "fr").get(Layers.QUOTES);
        Quote nested = q.stream().filter(x -> x.parent() != null).findFirst().orElseThrow();
        assertThat(speaker(nested).name()).isEqualTo("Rachid Bensaïd");
    }
}
