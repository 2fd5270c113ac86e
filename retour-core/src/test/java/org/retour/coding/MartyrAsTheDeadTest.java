package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Martyr" as the honour given a fighter who died (« Votre fils est tombé en martyr », "They said he was a martyr",
 * „als Märtyrer gefallen“, « une veuve de martyr ») is no suicide mission (N8); being pressed to die a martyr still is.
 */
class MartyrAsTheDeadTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Votre fils est tombé en martyr.; Ils m'ont demandé de mourir en martyr dans une voiture piégée.",
            "fr; Une veuve de martyr ne part pas, elle se remarie.; Ils m'ont demandé de mourir en martyr dans une voiture piégée.",
            "en; They said he was a martyr and there was no time.; They asked me to become a martyr.",
            "en; They called him a martyr.; They asked me to become a martyr.",
            "de; Er sei als Märtyrer gefallen.; Sie wollten, dass ich mich als Märtyrer in die Luft sprenge."})
    void aMartyrWhoDiedIsNoSuicideMission(String lang, String dead, String mission) {
        assertThat(codes(dead, lang)).doesNotContain("N8");
        assertThat(codes(mission, lang)).contains("N8");
    }
}
