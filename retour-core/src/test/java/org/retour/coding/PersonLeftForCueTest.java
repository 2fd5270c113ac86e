package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A parent, a child or a wife named as the one a fighter left for (« C'est pour elle que je suis parti », "The
 * reason he gives is his daughter") and home for the feast are home and family (N9).
 */
class PersonLeftForCueTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; C'est pour ma mère que je suis parti.",
            "en; The reason he gives is his daughter.",
            "en; He only asked when I was coming home for Eid."})
    void thePersonOneLeftForIsHomeAndFamily(String lang, String text) {
        assertThat(codes(text, lang)).contains("N9");
    }
}
