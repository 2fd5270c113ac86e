package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reason the speaker says she will not give (« Je ne vais pas vous dire que je suis partie par horreur… », "I'm not
 * going to tell you that I left because of the horror", „Ich werde nicht sagen, dass …“) is no reason she gives;
 * the same reason told plainly still is.
 */
class WithheldReasonTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "fr; N2; Je ne vais pas vous dire que je suis partie par horreur de ce que j'ai vu.; "
                    + "Je suis partie par horreur de ce que j'ai vu.",
            "fr; N4; Je ne vais pas vous raconter qu'on avait faim là-bas.; On avait faim là-bas.",
            "en; N4; I'm not going to tell you that we were hungry all the time.; We were hungry all the time."})
    void aReasonTheSpeakerWillNotGiveIsNotCounted(String lang, String code, String withheld, String told) {
        assertThat(codes(withheld, lang)).doesNotContain(code);
        assertThat(codes(told, lang)).contains(code);
    }
}
