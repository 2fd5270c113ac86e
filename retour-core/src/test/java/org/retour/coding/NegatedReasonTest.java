package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reason for leaving or coming home that is denied ("I did not come back because of the hunger") is not counted,
 * however many words stand between the denied departure and the reason; a denied deed of another kind keeps its
 * reason (« je ne dormais pas parce que nous avions faim »), and so does hardship told in a clause of its own.
 */
class NegatedReasonTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Je ne suis pas revenue parce que nous avions faim.",
            "fr; Il n'est pas parti pour la faim qu'il y avait là-bas.",
            "en; I did not come back to Leeds because of the hunger."})
    void aDeniedReasonForLeavingIsNotCounted(String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain("N4");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Je ne dormais pas parce que nous avions faim.",
            "fr; Je ne pouvais pas dormir la nuit à cause de la faim.",
            "en; I could not sleep at night because of the hunger.",
            "fr; Je ne suis pas revenue parce que je croyais encore, mais nous avions faim."})
    void aReasonForAnotherDeedKeepsItsCue(String lang, String text) {
        assertThat(codes(text, lang)).contains("N4");
    }
}
