package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** An adverb of time or addition between a subject pronoun and its verb of speech ("he also said") keeps the cue. */
class AdverbBetweenPronounAndVerbTest {

    @Test
    void alsoBetweenThePronounAndSaidKeepsThePronounCue() {
        List<Quote> q = top("Sen. Marjorie Teller repeated the claim on Tuesday.\n\nTeller's case is not only about numbers."
                + " In the same interview, she also said the men had come back “only because they were beaten.”", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marjorie Teller");
    }

    @Test
    void laterBetweenThePronounAndToldKeepsThePronounCue() {
        List<Quote> q = top("Victor Ortega was released in March. He later told a reporter that prison had been"
                + " “quieter than Raqqa.”", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Victor Ortega");
    }
}
