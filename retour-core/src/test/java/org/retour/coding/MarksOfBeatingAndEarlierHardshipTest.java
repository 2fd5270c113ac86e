package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Someone released with marks all over, covered in bruises, scarred by beatings (« relâché avec des marques
 * partout », "covered in bruises", „Spuren von Folter“) was treated brutally (N2), while marks of a pen are none;
 * and a hardship that was there before the group came (« On avait faim avant eux aussi », "We were hungry before
 * them too") is no hardship of life under it (N4), while the same hunger told plainly still is.
 */
class MarksOfBeatingAndEarlierHardshipTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Ils l'ont relâché avec des marques partout.; Il a rendu sa copie avec des marques de stylo.",
            "fr; Il est revenu couvert de bleus.; Il est revenu couvert de poussière.",
            "en; They let him go with bruises all over.; They let him go with his bag.",
            "en; He came back covered in bruises.; He came back covered in dust.",
            "de; Er hatte Spuren von Folter am Rücken.; Er hatte Spuren von Farbe am Ärmel."})
    void marksOfBeatingAreBrutality(String lang, String marked, String lookAlike) {
        assertThat(codes(marked, lang)).contains("N2");
        assertThat(codes(lookAlike, lang)).doesNotContain("N2");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; On avait faim avant eux aussi.; On avait faim tout le temps.",
            "en; We were hungry before them too.; We were hungry all the time.",
            "de; Wir hatten Hunger, vor ihnen auch.; Wir hatten die ganze Zeit Hunger."})
    void aHardshipThatCameBeforeTheGroupIsNotItsLife(String lang, String earlier, String under) {
        assertThat(codes(earlier, lang)).doesNotContain("N4");
        assertThat(codes(under, lang)).contains("N4");
    }
}
