package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defeat given as someone's reading of why others came back ("My read is that battlefield losses did most of the
 * work", « Je crois qu'ils sont surtout revenus parce que tout s'écroulait ») is an analysis, not a reason one who left
 * gives of his own: no defeat (N6).
 */
class AnalystsReadingOfTheDefeatTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; My read is that battlefield losses did most of the work after 2016, whatever people tell interviewers.",
            "fr; Je crois qu'ils sont surtout revenus parce que tout s'écroulait."})
    void analystsReadingIsNoDefeat(String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain("N6");
    }
}
