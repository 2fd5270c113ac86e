package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Why others came back, told in the third person with no opinion word (« beaucoup sont revenus parce que
 * l'organisation s'écroulait », "They came back because it was boring"), is an onlooker's account of their motive,
 * not a reason one who left gives: no defeat (N6) and no hard life (N4); the same reason told of one's own return
 * still counts.
 */
class OthersMotiveToldInTheThirdPersonTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; N6; Disons-le franchement, beaucoup sont revenus parce que l'organisation s'écroulait.; "
                    + "Je suis revenu parce que l'organisation s'écroulait.",
            "fr; N4; Ils reviennent parce qu'ils ont faim et que la saison des pluies est dure.; "
                    + "Je suis revenu parce que j'avais faim.",
            "en; N6; Most of them walked out because the thing was falling apart, not because they had an epiphany.; "
                    + "I walked out because the thing was falling apart.",
            "en; N4; They came back because it was boring.; I came back because it was boring."})
    void othersMotiveToldInTheThirdPersonIsNotCounted(String lang, String code, String others, String own) {
        assertThat(codes(others, lang)).doesNotContain(code);
        assertThat(codes(own, lang)).contains(code);
    }
}
