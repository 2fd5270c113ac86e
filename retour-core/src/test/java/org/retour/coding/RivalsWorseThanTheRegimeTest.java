package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rebels called worse than the regime ("They told us the Free Syrian Army were apostates, worse than the regime") are
 * the label of the rivals the group fights (N1), not an atrocity (N2).
 */
class RivalsWorseThanTheRegimeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "I asked the emir why, and he said, they are worse than the regime.",
            "Our emir used to tell us, the apostates next door are worse than the Nusayris."})
    void rivalsWorseThanTheRegimeAreInfightingNotBrutality(String text) {
        assertThat(codes(text, "en")).doesNotContain("N2").contains("N1");
    }
}
