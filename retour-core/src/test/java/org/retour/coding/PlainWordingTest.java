package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grievances as defectors and reporters put them in plain words rather than the codebook's terms (an empty
 * guard post, a name put down for a one-way job, the map shrinking, voice notes from a sister, "ta chambre
 * t'attend"), and look-alikes that stay uncoded: a city's fall only where a place falls ("une mère qui tombe
 * malade", "faire tomber Bachar"), war booty only for women, electricity only when it is missing, and a denial
 * after the cue ("hat mich nicht zum Gehen gebracht", "nothing to do with it").
 */
class PlainWordingTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N1", "en", "I spent a year shooting at the Free Syrian Army and never saw a regime tank."),
                Arguments.of("N1", "de", "Stattdessen schießen wir auf eine andere Rebellengruppe."),
                Arguments.of("N2", "de", "Man hat auf dem Markt Leuten die Köpfe abgeschnitten."),
                Arguments.of("N2", "fr", "Elle a assisté à la lapidation d'une femme accusée d'adultère."),
                Arguments.of("N3", "fr", "Ton voisin pouvait te dénoncer comme indic pour un mot de travers."),
                Arguments.of("N3", "de", "Jeder hat jeden bespitzelt."),
                Arguments.of("N4", "fr", "On m'avait vendu une vie de combattant, j'ai gardé un rond-point vide."),
                Arguments.of("N4", "en", "They told us there would be a house and an allowance every month."),
                Arguments.of("N5", "ar", "العراقيون هم الأمراء والقضاة، أما نحن فكانوا يعاملوننا كمحفظة نقود"),
                Arguments.of("N6", "en", "People talk about watching the map shrink week by week."),
                Arguments.of("N6", "fr", "Quand Raqqa est tombée, tout le monde savait."),
                Arguments.of("N7", "en", "They said it was what happens to people who turn their backs on the state."),
                Arguments.of("N7", "de", "Sie haben ihn als Abtrünnigen in einen Käfig gesperrt."),
                Arguments.of("N8", "en", "His commander put him down for a one-way job against the Kurds."),
                Arguments.of("N8", "fr", "Il avait donné son nom pour une opération dont on ne revient pas."),
                Arguments.of("N9", "en", "What decided her were the voice notes from her younger sister."),
                Arguments.of("N9", "fr", "Ta place est ici, ta chambre t'attend."),
                Arguments.of("N9", "de", "Zurück wollte er, als seine Grossmutter ins Spital kam."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aPlainWordingCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void aFallIsLosingOnlyWhereAPlaceFalls() {
        assertThat(codes("Une mère qui tombe malade, un père qui supplie au téléphone.", "fr")).doesNotContain("N6");
        assertThat(codes("On était venus pour faire tomber Bachar.", "fr")).doesNotContain("N6");
        assertThat(codes("Le salaire tombait quand l'émir en avait envie.", "fr")).doesNotContain("N6");
    }

    @Test
    void warBootyIsBrutalityOnlyForWomenAndElectricityIsHardshipOnlyWhenMissing() {
        assertThat(codes("Die Kommandanten verkauften die Kriegsbeute.", "de")).doesNotContain("N2");
        assertThat(codes("Die Jesidinnen galten als Kriegsbeute.", "de")).contains("N2");
        assertThat(codes("علقوا رؤوس الرجال على أعمدة الكهرباء", "ar")).doesNotContain("N4");
        assertThat(codes("والكهرباء لا تأتي إلا ساعتين في اليوم", "ar")).contains("N4");
    }

    @Test
    void aDenialAfterTheCueLeavesItUncoded() {
        assertThat(codes("Die Grausamkeit hat mich nicht zum Gehen gebracht.", "de")).doesNotContain("N2");
        assertThat(codes("Die Grausamkeit war schlimm.", "de")).contains("N2");
        assertThat(codes("The brutality had nothing to do with it.", "en")).doesNotContain("N2");
    }
}
