package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Someone described as exhausted (« une mère épuisée », "an exhausted woman", „eine erschöpfte Frau“) is told in
 * the state she is in, mostly after the camps, not a harsh life under the group (N4), while boredom and fatigue
 * told of that life still are.
 */
class ExhaustionIsNoHarshLifeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Elle n'est pas une menace, c'est une mère épuisée.; Là-bas, on s'ennuyait toute la journée.",
            "en; She is not a threat, she is an exhausted mother.; Over there we were bored all day.",
            "de; Sie ist keine Gefahr, sie ist eine erschöpfte Mutter.; Dort haben wir uns den ganzen Tag gelangweilt."})
    void exhaustionIsNoHarshLife(String lang, String exhausted, String bored) {
        assertThat(codes(exhausted, lang)).doesNotContain("N4");
        assertThat(codes(bored, lang)).contains("N4");
    }
}
