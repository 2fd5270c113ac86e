package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote without a cue after a sentence whose speech verbs include a denied one ("had never claimed") goes to the
 * person of the verb that speaks; the denied verb's person only when no other verb gives one.
 */
class DeniedCueContextTest {

    @Test
    void theSayerOfTheSentenceBeforeSpeaksNotThePersonItSaysNeverClaimedAnything() {
        List<Quote> q = top("Niamh Carroll, 34, returned from Syria last year. Her solicitor, Declan Fahy, spoke outside the court.\n\n"
                + "He said Ms Carroll had never claimed that she left because of the violence. \"She is honest about that.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Declan Fahy");
    }

    @Test
    void aDeniedVerbAloneStillGivesItsPerson() {
        List<Quote> q = top("Son mari, Karim, est mort en 2016 près de Raqqa.\n\n"
                + "Nadia Benali ne le dit pas ainsi. « Il est parti, c'est tout. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Benali");
    }
}
