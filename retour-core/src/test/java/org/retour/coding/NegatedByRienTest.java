package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French « ne … rien » negates the cue after it as « ne … jamais » does (« je n'ai rien vu reculer avant de
 * m'enfuir »: no defeat, N6); the loss told plainly still counts.
 */
class NegatedByRienTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Moi, je n'ai rien vu reculer avant de m'enfuir."})
    void cueAfterRienIsNotCounted(String text) {
        assertThat(codes(text, "fr")).doesNotContain("N6");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"On a vu le front reculer tous les jours avant de m'enfuir."})
    void plainLossStillCounts(String text) {
        assertThat(codes(text, "fr")).contains("N6");
    }
}
