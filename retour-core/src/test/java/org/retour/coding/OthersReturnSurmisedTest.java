package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A guess at why others came back (« Moi, je pense qu'ils sont rentrés parce que là-bas c'était fini », "I think
 * most of them came back because the group was losing ground") is the speaker's surmise, not a reason someone who
 * left gives; the same reason told of one's own return still counts.
 */
class OthersReturnSurmisedTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Moi, je pense qu'ils sont rentrés parce que là-bas c'était fini.; "
                    + "Je suis rentré parce que là-bas c'était fini.",
            "fr; Je crois que beaucoup sont revenus simplement parce que le groupe perdait du terrain.; "
                    + "Je suis revenu simplement parce que le groupe perdait du terrain.",
            "en; I think most of them came back because the group was losing ground.; "
                    + "I came back because the group was losing ground.",
            "de; Ich glaube, die meisten sind zurückgekommen, weil der IS den Krieg verloren hatte.; "
                    + "Ich bin zurückgekommen, weil der IS den Krieg verloren hatte."})
    void aGuessAtOthersReasonsIsNotCounted(String lang, String surmise, String own) {
        assertThat(codes(surmise, lang)).doesNotContain("N6");
        assertThat(codes(own, lang)).contains("N6");
    }
}
