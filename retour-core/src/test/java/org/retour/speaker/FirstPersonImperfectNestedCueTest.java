package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * The words a speaker nests after a verb of speech in the first person of the imperfect (« Je leur disais : “…” »,
 * « Je lui répétais : ‹ … › ») are the speaker's own, as after « Je lui ai dit ».
 */
class FirstPersonImperfectNestedCueTest {

    private static Quote nested(String text) {
        List<Quote> q = TestPipelines.analyze(text, "fr").get(Layers.QUOTES);
        return q.stream().filter(x -> x.parent() != null).findFirst().orElseThrow();
    }

    @Test
    void theRecruiterSaidWhatHeToldThem() {
        Quote n = nested("Bilal El Azzouzi, 34 ans, a recruté des jeunes à Roubaix. « Je leur disais : “Là-bas, tu seras"
                + " quelqu'un.” Ça marchait presque à tous les coups », reconnaît-il.");
        assertThat(speaker(n).name()).isEqualTo("Bilal El Azzouzi");
    }

    @Test
    void theWifeSaidWhatSheKeptTellingHerHusband() {
        Quote n = nested("Inès Kaddour, 31 ans, est rentrée en 2021. Son mari voulait rester. « Je lui répétais : ‹ Pense"
                + " aux petits. › Il me répondait que ceux qui partaient, on les tuait », dit-elle.");
        assertThat(speaker(n).name()).isEqualTo("Inès Kaddour");
    }
}
