package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hisba's beatings are brutality (N2) when the hisba is named alone, not only as « police hisba » (a cue
 * « police religieuse|hisba » read the alternatives of one word), and so is a beating for a petty cause; a group
 * "beaten" in war is no beating.
 */
class HisbaBeatingCueTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; J'ai vu la hisba frapper une vieille femme.",
            "fr; Puis on voit la hisba frapper une femme au marché parce qu'on apercevait son poignet.",
            "en; The hisba beat a shopkeeper in front of his sons.",
            "en; They beat an old man at the roundabout because his trousers were the wrong length.",
            "en; She saw a neighbour being beaten with a stick in the market."})
    void theHisbasBeatingAndOneForAPettyCauseAreBrutality(String lang, String text) {
        assertThat(codes(text, lang)).contains("N2");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; He returned because Islamic State was beaten, not because he had seen the light."})
    void aGroupBeatenInWarIsNoBeating(String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain("N2");
    }
}
