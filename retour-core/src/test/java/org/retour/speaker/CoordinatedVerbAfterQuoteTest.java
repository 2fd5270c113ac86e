package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A verb of speech that a conjunction joins right after a partial quote (« Il affirme n'avoir « rien vu » et dit être
 * rentré pour sa fille ») is a second verb of the subject before the quote, not an incise whose subject follows it.
 */
class CoordinatedVerbAfterQuoteTest {

    @Test
    void frenchSecondVerbKeepsTheSubjectBeforeTheQuote() {
        List<Quote> q = TestPipelines.analyze("Sofiane Dahmani, 27 ans, tient un discours plus ambigu. Il affirme"
                + " n'avoir « rien vu de spécial » et dit être rentré pour sa fille, née à Raqqa.", "fr")
                .get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sofiane Dahmani");
    }

    @Test
    void englishSecondVerbKeepsTheSubjectBeforeTheQuote() {
        List<Quote> q = TestPipelines.analyze("Omar Haddad, 31, was more guarded. He said he had seen \"nothing"
                + " special\" and told the court his wife had wanted to stay.", "en").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Haddad");
    }

    @Test
    void anInciseAfterTheQuoteStillSpeaks() {
        List<Quote> q = TestPipelines.analyze("Sofiane Dahmani, 27 ans, est rentré en 2017. Sa mère, Malika"
                + " Dahmani, est venue l'écouter. « Il n'a rien vu de spécial », dit-elle.", "fr").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Malika Dahmani");
    }
}
