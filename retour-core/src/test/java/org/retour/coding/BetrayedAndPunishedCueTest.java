package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Codebook 16's cues for a smuggler handing a runaway over to the group's police and for being punished after
 * asking to leave (N7), and for heads cut off in the verb's plural forms (N2), each beside a look-alike that is
 * not coded.
 */
class BetrayedAndPunishedCueTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String text, String language) {
        return RULES.judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void aSmugglerHandingARunawayToTheGroupsPoliceIsTheFateOfDeserters() {
        assertThat(codes("Un passeur l'avait livré à la police du groupe.", "fr")).contains("N7");
        assertThat(codes("Le passeur a livré les colis à la frontière.", "fr")).doesNotContain("N7");
        assertThat(codes("The smuggler handed him over to the group's security police.", "en")).contains("N7");
        assertThat(codes("I paid a smuggler and he sold me to the Kurds.", "en")).doesNotContain("N7");
        assertThat(codes("Der Schleuser habe sie an die Sittenpolizei verraten.", "de")).contains("N7");
        assertThat(codes("Der Schleuser habe ihnen den Weg über die Berge gezeigt.", "de")).doesNotContain("N7");
    }

    @Test
    void beingPunishedForAskingToLeaveIsTheFateOfDeserters() {
        assertThat(codes("He had been beaten and locked in a container after he asked to leave the group.", "en")).contains("N7");
        assertThat(codes("He had been locked out of his flat after he asked to leave early.", "en")).doesNotContain("N7");
    }

    @Test
    void headsCutOffInTheVerbsPluralFormsAreBrutality() {
        assertThat(codes("رأى عناصر التنظيم يقطعون رؤوس أسرى في ساحة عامة.", "ar")).contains("N2");
        assertThat(codes("رأى عناصر التنظيم يقطعون الطريق إلى المدينة.", "ar")).doesNotContain("N2");
    }
}
