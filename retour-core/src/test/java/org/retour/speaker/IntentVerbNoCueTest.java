package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A verb of speech before an infinitive of intent ("agreed to bring home", "vowed to appeal") reports no words: it
 * gives the quote before it no speaker, and the judge who wrote keeps it.
 */
class IntentVerbNoCueTest {

    @Test
    void agreedToBeforeAnInfinitiveIsNoCue() {
        List<Quote> q = top("OTTAWA — A judge ruled on Thursday in favour of the families.\n\n"
                + "Judge Marie Tremblay wrote that the camps were \"dire\" and that the state had given \"no good reason at"
                + " all\" for leaving out the men the minister agreed to bring home last year.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Marie Tremblay");
    }
}
