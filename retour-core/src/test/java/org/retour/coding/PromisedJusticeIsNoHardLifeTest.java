package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A promise of justice or of a pure Islamic life (« On nous avait promis une terre de justice », "We were promised a
 * pure Islamic life") is the ideal the group betrayed, not the house, wife or salary whose absence makes a hard life
 * (N4), which a promised house still is.
 */
class PromisedJusticeIsNoHardLifeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; On nous avait promis une terre de justice.; On nous avait promis une maison et un salaire.",
            "fr; Ils nous avaient promis un État juste.; Ils nous avaient promis une vie de luxe.",
            "en; We were promised a pure Islamic life.; We were promised a house and a salary."})
    void promisedJusticeIsNoHardLife(String lang, String justice, String house) {
        assertThat(codes(justice, lang)).doesNotContain("N4");
        assertThat(codes(house, lang)).contains("N4");
    }
}
