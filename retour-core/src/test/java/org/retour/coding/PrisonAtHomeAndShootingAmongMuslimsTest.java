package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Prison accepted as the price of coming home (« Il voulait rentrer même s'il fallait finir en prison », "I wanted
 * to go home even if it meant going to prison", „Ich wollte zurück, auch wenn ich ins Gefängnis muss“) is the home
 * country's justice, not the group's punishment of those who leave (N7), while a request to leave answered with
 * prison still is; and Muslims shooting at each other (« On se tirait dessus entre musulmans », "Muslims shooting
 * at each other") is infighting (N1), while shooting at the army is not.
 */
class PrisonAtHomeAndShootingAmongMuslimsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Il voulait rentrer même s'il fallait finir en prison.; "
                    + "Il voulait rentrer, alors ils l'ont mis en prison.",
            "en; I wanted to go home even if it meant going to prison.; "
                    + "When I asked to leave, they threw me in prison.",
            "de; Ich wollte zurück, auch wenn ich ins Gefängnis muss.; "
                    + "Weil ich gehen wollte, steckten sie mich ins Gefängnis."})
    void prisonAcceptedAtHomeIsNoPunishmentOfLeaving(String lang, String accepted, String punished) {
        assertThat(codes(accepted, lang)).doesNotContain("N7");
        assertThat(codes(punished, lang)).contains("N7");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; On se tirait dessus entre musulmans, pour savoir qui était le vrai chef.; "
                    + "On tirait sur les soldats, pour tenir le pont.",
            "en; We were Muslims shooting at each other over who the real leader was.; "
                    + "We were shooting at the soldiers to hold the bridge.",
            "de; Muslime schossen aufeinander, um zu wissen, wer der wahre Anführer war.; "
                    + "Wir schossen auf die Soldaten, um die Brücke zu halten."})
    void muslimsShootingAtEachOtherIsInfighting(String lang, String infighting, String battle) {
        assertThat(codes(infighting, lang)).contains("N1");
        assertThat(codes(battle, lang)).doesNotContain("N1");
    }
}
