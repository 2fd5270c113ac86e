package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that name a thing of every day rather than a want (a mattress, medicine, „Essen“, « sans rien ») are no hard
 * life (N4) on their own; hunger still is.
 */
class AmbiguousHardshipWordTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; She said she had kept the letter under her mattress for two years.",
            "en; Medicine is for the mujahideen first.",
            "de; Ich koche jeden Freitag dein Essen, und keiner isst es.",
            "fr; Il a collaboré sans rien demander."})
    void everydayWordIsNoHardLife(String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain("N4");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; We were hungry all the time.",
            "de; Wir hatten monatelang Hunger.",
            "fr; On avait faim tous les jours."})
    void hungerStillIsHardLife(String lang, String text) {
        assertThat(codes(text, lang)).contains("N4");
    }
}
