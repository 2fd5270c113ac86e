package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A return told as an act that happened ("roughly 60 Canadians are known to have come home", "later allowed to go
 * home", "since returning home") is no wish to go home (N9), which "I wanted to come home" still is.
 */
class ReturnToldAsAnActTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "In all, roughly 60 Canadians are known to have come home, she said.",
            "A woman from Bekasi, deported from Turkey and later allowed to go home, described the guesthouse.",
            "Since returning home he has worked in a garage."})
    void returnAsAnActIsNoWishToGoHome(String text) {
        assertThat(codes(text, "en")).doesNotContain("N9");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"I wanted to come home.", "All I wanted was to go home."})
    void wishToComeHomeStillCounts(String text) {
        assertThat(codes(text, "en")).contains("N9");
    }
}
