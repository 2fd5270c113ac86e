package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Maman," or "Mum," opening a letter or a call addresses a parent; it does not speak of home or family, unless the
 * words addressed ask to come home or for the parent's forgiveness.
 */
class AddressScopeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Maman, ici les chefs mangent et nous attendons.",
            "en; Mum, the commanders eat while we wait.",
            "de; Mama, die Kommandeure essen und wir warten.",
            "ar; يا أمي، القادة يأكلون ونحن ننتظر."})
    void aParentAddressedIsNoHomesickness(String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain("N9");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Je pensais à maman tous les soirs.",
            "en; I cried every night for my mum.",
            "fr; Maman, je veux rentrer."})
    void aParentSpokenOfOrAskedToComeHomeIs(String lang, String text) {
        assertThat(codes(text, lang)).contains("N9");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Mère, pardonne-moi.",
            "en; Forgive me, Mum, I did not know.",
            "de; Mama, verzeih mir.",
            "ar; أمي سامحيني على كل شيء"})
    void aParentAskedForForgivenessIsHomeAndFamily(String lang, String text) {
        assertThat(codes(text, lang)).contains("N9");
    }
}
