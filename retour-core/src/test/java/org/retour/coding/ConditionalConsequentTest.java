package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clause after a conditional clause that opens its sentence or clause is as hypothetical as the condition when
 * it speaks of what would or should be ("If your brother is over there, tell him to come home"); a plain consequent
 * tells what happened each time and keeps its cue ("If you asked about the money, they called you a spy").
 */
class ConditionalConsequentTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; We ask the families: if your brother is still over there, tell him to come home.; N9",
            "en; Even if the front had held, I would have gone home to my mother.; N9",
            "fr; Nous le disons aux familles : si votre frère est encore là-bas, dites-lui de rentrer à la maison.; N9",
            "fr; Si la ville avait tenu, je serais peut-être rentré à la maison quand même.; N9",
            "de; Wenn Ihr Bruder noch dort ist, sollte er nach Hause kommen.; N9"})
    void aWishedOrAdvisedConsequentIsHypothetical(String lang, String text, String code) {
        assertThat(codes(text, lang)).doesNotContain(code);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; If you asked about the money, they called you a spy.; N3",
            "en; If you try to go back, you are an apostate and they kill you.; N7",
            "fr; Si tu posais des questions sur l'argent, on te traitait d'espion.; N3",
            "en; Tell him to come home, we said to the families.; N9"})
    void aPlainConsequentKeepsItsCue(String lang, String text, String code) {
        assertThat(codes(text, lang)).contains(code);
    }
}
