package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/** "Mx." is an honorific like "Ms.": its full stop ends no sentence and it is no part of the name after it. */
class NeutralHonorificSpeakerTest {

    @Test
    void mxWithItsFullStopOpensTheName() {
        List<Quote> q = top("Mx. Corentin Blyth spoke after the hearing. \"The evidence was clear,\" Blyth said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Corentin Blyth");
        Analysis a = org.retour.quote.TestPipelines.analyze("Mx. Corentin Blyth spoke after the"
                + " hearing.", "en");
        assertThat(a.get(Layers.SENTENCES)).hasSize(1);
    }
}
