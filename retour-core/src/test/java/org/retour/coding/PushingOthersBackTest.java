package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** « faire reculer » is pushing others back (« faire reculer les enfants »), not the group losing ground (N6). */
class PushingOthersBackTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "On nous avait dit de faire reculer les enfants, mais les enfants voulaient voir.",
            "Il faisait reculer la foule avec son fusil."})
    void pushingOthersBackIsNoDefeat(String text) {
        assertThat(codes(text, "fr")).doesNotContain("N6");
    }
}
