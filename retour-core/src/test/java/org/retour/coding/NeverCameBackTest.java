package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * « jamais revenu » is one taken away who disappeared (N7) only when told of someone else (« Il n'est jamais revenu »);
 * « Je ne suis jamais revenu » is the speaker's own story, and « jamais revu » still counts.
 */
class NeverCameBackTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Je ne suis jamais revenu.", "Je ne suis jamais revenu dans ce quartier."})
    void ownNeverComingBackIsNoDisappearance(String text) {
        assertThat(codes(text, "fr")).doesNotContain("N7");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Une voisine a vu son mari partir avec eux en janvier. Il n'est jamais revenu.",
            "Ils l'ont ramené menotté. On ne l'a plus jamais revu."})
    void anothersDisappearanceStillCounts(String text) {
        assertThat(codes(text, "fr")).contains("N7");
    }
}
