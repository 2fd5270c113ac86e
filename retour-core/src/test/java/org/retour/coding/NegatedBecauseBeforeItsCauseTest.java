package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reason denied by « pas parce que » (« Ce n'est pas parce que Syrte tombait que je suis parti »), whose « que » is
 * no "only" reverser there, or by „nicht gegangen, weil“ across its comma, is not counted; the same reason told
 * plainly still is.
 */
class NegatedBecauseBeforeItsCauseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Ce n'est pas parce que Syrte tombait que je suis parti.; Je suis parti parce que Syrte tombait.",
            "de; Ich bin nicht gegangen, weil sie verloren haben.; Ich bin gegangen, weil sie verloren haben."})
    void aReasonDeniedByNotBecauseIsNotCounted(String lang, String denied, String told) {
        assertThat(codes(denied, lang)).doesNotContain("N6");
        assertThat(codes(told, lang)).contains("N6");
    }
}
