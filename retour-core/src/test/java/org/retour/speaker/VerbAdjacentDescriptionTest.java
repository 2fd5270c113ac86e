package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description right before a cue's verb is that verb's subject, not a person named earlier in the sentence;
 * a description a comma sets off after a name stays that name's apposition.
 */
class VerbAdjacentDescriptionTest {

    @Test
    void theDescriptionRightBeforeTheVerbSpeaksNotTheNameBefore() {
        List<Quote> q = top("Omar Reyes sat very still while a federal prosecutor described him as a recruiter who had"
                + " “sold the war to teenagers.”", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("a federal prosecutor");
    }

    @Test
    void aDescriptionInAppositionAfterACommaLeavesTheNameSpeaking() {
        List<Quote> q = top("Ruth Kessler, his attorney, said the plea was “the only honest thing left to do.”", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ruth Kessler");
    }
}
