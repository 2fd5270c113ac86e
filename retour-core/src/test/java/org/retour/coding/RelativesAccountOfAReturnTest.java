package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Why a son, a brother or a husband came back, told by a relative (« Mon fils est revenu parce que tout s'écroulait »,
 * „Mein Sohn ist zurückgekommen, weil der IS den Krieg verloren hatte“), is the relative's account of his motive, not a
 * reason one who left gives: no defeat (N6) and no hard life (N4); the same reason told of one's own return still
 * counts.
 */
class RelativesAccountOfAReturnTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; N6; Mon fils est revenu parce que tout s'écroulait là-bas, voilà.; Je suis revenu parce que tout s'écroulait là-bas.",
            "en; N4; My brother came home because he was hungry, that's all.; I came home because I was hungry.",
            "de; N6; Mein Sohn ist zurückgekommen, weil der IS den Krieg verloren hatte.; "
                    + "Ich bin zurückgekommen, weil der IS den Krieg verloren hatte."})
    void relativesAccountOfAReturnIsNotCounted(String lang, String code, String anothers, String own) {
        assertThat(codes(anothers, lang)).doesNotContain(code);
        assertThat(codes(own, lang)).contains(code);
    }
}
