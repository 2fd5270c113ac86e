package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The leaders' goods or wives, told a few words after the leader is named ("The commanders ate goat and rice"),
 * and the same emir seen doing what he preached against are corruption and hypocrisy (N3); fighters kept from the
 * front "while" others were sent is no leaders' privilege.
 */
class LeadersGoodsInAnyWordsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Le commandant de notre île avait trois moteurs neufs et quatre femmes.",
            "fr; Les chefs prélevaient la zakat sur les troupeaux, puis ils les revendaient au Niger.",
            "en; The commanders ate goat and rice.",
            "en; The commander of our unit had four wives.",
            "en; Later I saw that same emir driving a new car."})
    void theLeadersGoodsAreCorruption(String lang, String text) {
        assertThat(codes(text, lang)).contains("N3");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; The commanders treated British recruits as cannon fodder while local fighters were kept away from the front."})
    void othersKeptFromTheFrontAreNoLeadersPrivilege(String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain("N3");
    }
}
