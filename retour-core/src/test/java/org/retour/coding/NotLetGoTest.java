package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A group that does not let its members leave (« Ils ne me laissent pas partir », "They would not let us leave",
 * „Sie ließen mich nicht gehen“) treats those who want out as prisoners (N7), while letting someone leave is no
 * such treatment.
 */
class NotLetGoTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Maman, je veux rentrer. Ils ne me laissent pas partir.; Ils m'ont laissé partir un matin.",
            "en; They would not let us leave.; They let us leave one morning.",
            "de; Sie ließen mich nicht gehen.; Sie ließen mich eines Morgens gehen."})
    void notBeingLetGoIsTheFateOfThoseWhoWantOut(String lang, String held, String letGo) {
        assertThat(codes(held, lang)).contains("N7");
        assertThat(codes(letGo, lang)).doesNotContain("N7");
    }
}
