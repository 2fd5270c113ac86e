package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reason people like to give for someone's leaving (« Les gens aiment dire qu'on est partis parce que l'État
 * perdait », "People like to say we left because the state was losing", „Die Leute sagen gern, wir seien
 * gegangen, weil der IS den Krieg verloren hatte“) is put in others' mouths to be answered, not the speaker's own;
 * the same reason told plainly still counts.
 */
class ReasonOthersLikeToGiveTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Les gens aiment dire qu'on est partis parce que l'État perdait du terrain.; "
                    + "On est partis parce que l'État perdait du terrain.",
            "en; People like to say we left because the state was losing.; We left because the state was losing.",
            "de; Die Leute sagen gern, wir seien gegangen, weil der IS den Krieg verloren hatte.; "
                    + "Wir sind gegangen, weil der IS den Krieg verloren hatte."})
    void aReasonOthersLikeToGiveIsNotCounted(String lang, String theirs, String own) {
        assertThat(codes(theirs, lang)).doesNotContain("N6");
        assertThat(codes(own, lang)).contains("N6");
    }
}
