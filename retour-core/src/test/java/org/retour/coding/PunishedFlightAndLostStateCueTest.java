package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 18 told in plain words: a failed attempt to get away, a sentence for
 * desertion, no leaving without a permit, deserters caged, jail after asking to leave, punishment of those who
 * wanted to go home (N7); the dream over, no ammunition or fuel left, the coalition pounding, a state that is gone,
 * another block lost every night (N6); commanders eating meat while the fighters starved, taking from poor farmers
 * (N3); a man nailed to a board (N2); foreigners who spoke no Arabic (N5); two years without leaving the house,
 * fighters used as cooks and drivers (N4). Look-alikes keep their answer: poverty at home before leaving, an
 * arrest at the airport on the way back, a caliphate that was "finished" in someone's explanation of a return.
 */
class PunishedFlightAndLostStateCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N7", "en", "He was held in an IS jail after a failed attempt to reach Turkey."),
                Arguments.of("N7", "fr", "On m'a jeté en prison après une tentative ratée de rejoindre la Turquie."),
                Arguments.of("N7", "en", "They sentenced me to death for desertion."),
                Arguments.of("N7", "fr", "Ils m'ont condamné à mort pour désertion."),
                Arguments.of("N7", "en", "Nobody could leave without a permit signed by the emir."),
                Arguments.of("N7", "fr", "Personne ne pouvait partir sans une autorisation signée par l'émir."),
                Arguments.of("N7", "fr", "Ceux qui désertaient étaient mis en cage."),
                Arguments.of("N7", "en", "He was jailed by the group's police for a month after he asked to leave."),
                Arguments.of("N7", "fr", "Il a évoqué les punitions infligées aux combattants qui voulaient rentrer."),
                Arguments.of("N6", "en", "The dream was over, we were just waiting to die."),
                Arguments.of("N6", "de", "Zuletzt hatten wir kein Benzin mehr, keine Munition."),
                Arguments.of("N6", "en", "We had no ammunition left."),
                Arguments.of("N6", "en", "The state I went to is gone."),
                Arguments.of("N6", "en", "Every night we lost another block."),
                Arguments.of("N3", "en", "They told us to be patient while they ate meat every day."),
                Arguments.of("N3", "en", "I saw how much they took from poor farmers."),
                Arguments.of("N2", "en", "They nailed a man from our tribe to a board."),
                Arguments.of("N5", "en", "Arab commanders put foreigners who spoke no Arabic on guard duty."),
                Arguments.of("N4", "en", "In Raqqa I did not leave the house for two years."),
                Arguments.of("N4", "en", "The British brothers were used as cooks and drivers."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aPlainWordingCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void povertyAtHomeIsNoHardshipUnderTheGroup() {
        assertThat(codes("Il a grandi dans la misère à Trappes.", "fr")).doesNotContain("N4");
        assertThat(codes("I was miserable in London, I had no job.", "en")).doesNotContain("N4");
        assertThat(codes("Life in Raqqa was miserable.", "en")).contains("N4");
    }

    @Test
    void anArrestOnTheWayHomeIsNoPunishmentOfDeserters() {
        assertThat(codes("I was arrested at Heathrow when I came back.", "en")).doesNotContain("N7");
        assertThat(codes("J'ai été arrêté à Roissy à mon retour.", "fr")).doesNotContain("N7");
    }

    @Test
    void aCaliphateFinishedInAnExplanationOfAReturnIsNoLossOfGround() {
        assertThat(codes("He started talking about regret only when the caliphate was finished.", "en")).doesNotContain("N6");
    }
}
