package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 18 from interviews and trials: a belt handed over, booby-trapped cars,
 * being chosen to die (N8); a city that fell, fighters cornered, half a unit killed, the group crushed (N6); phone
 * and papers taken, watched day and night, shot by one's own side, no walking away, treated as an enemy, a smuggler
 * found out (N7); an emir's houses and cash, houses given to friends (N3); living on bread and lentils (N4).
 * Look-alikes keep their answer: "booby-trapped" is no cornering, a city that fell to the group is told by the
 * same words only with the group as subject.
 */
class MissionAndCornerCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N8", "en", "They gave me a belt and a phone number."),
                Arguments.of("N8", "fr", "Ils m'ont donné une ceinture et un numéro de téléphone."),
                Arguments.of("N8", "en", "They sent kids to their deaths in booby-trapped cars."),
                Arguments.of("N8", "fr", "J'ai été choisi pour mourir dans une attaque."),
                Arguments.of("N6", "en", "Raqqa fell, then Mayadin, then Hajin."),
                Arguments.of("N6", "fr", "Raqqa est tombée, puis Mayadine."),
                Arguments.of("N6", "en", "We were cornered in the last villages by the Euphrates."),
                Arguments.of("N6", "fr", "La moitié de mon unité a été tuée en une semaine."),
                Arguments.of("N7", "en", "They took my phone and my papers and watched me day and night."),
                Arguments.of("N7", "en", "My husband was shot by our own side as we crossed to the Kurdish lines."),
                Arguments.of("N7", "fr", "On ne pouvait pas simplement partir, on te traitait en ennemi."),
                Arguments.of("N7", "en", "When they found out I had contacted a smuggler, they threw me in a basement."),
                Arguments.of("N3", "en", "The emir had three houses and a car full of cash."),
                Arguments.of("N3", "fr", "Ils confisquaient les maisons des chrétiens pour les donner à leurs amis."),
                Arguments.of("N4", "en", "We lived on bread and lentils for months."),
                Arguments.of("N4", "fr", "On a vécu de pain et de lentilles pendant des mois."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void aBoobyTrappedCarIsNoCornering() {
        assertThat(codes("They sent kids to their deaths in booby-trapped cars.", "en")).doesNotContain("N6");
        assertThat(codes("We were surrounded in the last villages.", "en")).contains("N6");
    }

    @Test
    void aBeltBoughtInAShopIsNoMission() {
        assertThat(codes("My mother bought me a belt for the wedding.", "en")).doesNotContain("N8");
    }
}
