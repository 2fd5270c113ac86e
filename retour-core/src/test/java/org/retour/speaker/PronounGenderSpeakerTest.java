package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person whose name the lexicon gives no gender takes the one of the pronouns linked to them, so that a description
 * of the other sex ("the man") does not take them up.
 */
class PronounGenderSpeakerTest {

    private static final String VIAN = "Vian Qasim, 19, was sold three times. \"They separated the men from us on the"
            + " first day,\" she told Rudaw. She now lives in Sharya camp.\n\n";

    @Test
    void theManWhoBoughtAWomanNamedWithoutAKnownGenderIsSomeoneElse() {
        List<Quote> q = top(VIAN + "She said the man who bought her told her on the first night: \"You are a kafir.\"",
                "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("the man");
    }

    @Test
    void aWomanTheDescriptionFitsIsStillTakenUp() {
        List<Quote> q = top(VIAN + "The young woman said: \"We are still waiting.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Vian Qasim");
    }
}
