package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hunger told in the Roj camp named alone is detention after the group, not a hard life under it (N4): « roj » is
 * a dropped-in word of its own, not the second word of « al roj ».
 */
class RojCampDroppedInTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; À Roj, nous avions faim tous les jours.; À Raqqa, nous avions faim tous les jours.",
            "en; In Roj we were hungry every day.; In Raqqa we were hungry every day."})
    void hungerInTheRojCampIsNoHarshLifeUnderTheGroup(String lang, String inRoj, String underTheGroup) {
        assertThat(codes(inRoj, lang)).doesNotContain("N4");
        assertThat(codes(underTheGroup, lang)).contains("N4");
    }
}
