package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Someone caught again by the group's police (« rattrapées par la police religieuse », "recaptured by the hisba")
 * is a fugitive brought back (N7); caught by tiredness, or by the police at home, is not.
 */
class RecapturedFugitiveCueTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Certaines ont été rattrapées par la police religieuse et enfermées dans un conteneur.; "
                    + "Elle a été rattrapée par la fatigue après la marche.",
            "en; She was recaptured by the hisba near the river.; He was caught by the police at Heathrow airport."})
    void aFugitiveCaughtAgainByTheGroupIsADeserterPunished(String lang, String recaptured, String lookAlike) {
        assertThat(codes(recaptured, lang)).contains("N7");
        assertThat(codes(lookAlike, lang)).doesNotContain("N7");
    }
}
