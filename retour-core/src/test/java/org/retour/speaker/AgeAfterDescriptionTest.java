package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description of a trade followed by an age in figures (« l'aide-soignante de 41 ans ») gives an age as
 * "the 41-year-old" does: it stands for the person named just before it, a relative as well.
 */
class AgeAfterDescriptionTest {

    @Test
    void aTradeWithAnAgeAfterItIsTheSisterNamedBefore() {
        List<Quote> q = top("Samir B. est rentré de Syrie en 2017. Sa sœur, Nora, l'attendait à Gaziantep. « Il ne"
                + " dormait plus », raconte l'aide-soignante de 41 ans.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nora B.");
    }

    @Test
    void theAgeIsReadRightAfterTheDescriptionOnly() {
        String aged = "raconte l'aide-soignante de 41 ans.";
        String placed = "raconte l'aide-soignante de Lyon, 41 ans.";
        assertThat(AgeWords.agedAfter(aged, aged.indexOf(" de"))).isTrue();
        assertThat(AgeWords.agedAfter(placed, placed.indexOf(" de"))).isFalse();
    }
}
