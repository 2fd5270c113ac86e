package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Those caught leaving, brought back and shot however far the telling runs, those called apostates for wanting
 * to leave (« Les femmes qui voulaient partir »), and what was done to those who left are the punishment of
 * those who try to leave (N7).
 */
class CaughtLeavingAndBroughtBackCueTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Les femmes qui voulaient partir, on les appelait des apostates.",
            "fr; Ils gardent nos passeports et ceux qui les réclament, on ne les revoit plus.",
            "en; They were brought back within a week, he told investigators, and shot outside the hospital.",
            "en; They caught him leaving at night and shot him in front of the mosque.",
            "en; I stayed because I was scared of what they did to people who left."})
    void caughtLeavingOrWantingToLeaveIsPunishedLeaving(String lang, String text) {
        assertThat(codes(text, lang)).contains("N7");
    }
}
