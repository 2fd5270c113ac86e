package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 31: a village or a quarter lost every week and a place smaller each
 * time the fighters moved (N6, losing); power and water cuts, being fed up with that life and a life harder
 * than imagined (N4, harsh life); bodies left on railings or a roundabout, a whole market made to watch and
 * the public execution of a boy or a shepherd (N2, brutality). The same words about ordinary things keep
 * their answer.
 */
class ShrinkingMapAndPublicPunishmentCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N6", "en", "Every week another village was gone from the map."),
                Arguments.of("N6", "en", "We moved nine times, and every time the place was smaller."),
                Arguments.of("N6", "fr", "Chaque semaine, on partait vers un village plus petit."),
                Arguments.of("N6", "fr", "À la fin, on ne comptait plus les quartiers perdus."),
                Arguments.of("N4", "en", "There were power cuts every night that winter."),
                Arguments.of("N4", "en", "I was fed up with that life."),
                Arguments.of("N4", "fr", "On vivait avec des coupures d'électricité tous les soirs."),
                Arguments.of("N4", "fr", "J'en avais marre de cette vie."),
                Arguments.of("N4", "fr", "C'était bien plus dur que ce que j'avais imaginé."),
                Arguments.of("N2", "en", "They left the bodies on the railings for three days."),
                Arguments.of("N2", "en", "They made the whole market watch."),
                Arguments.of("N2", "en", "We all saw the shooting of a shopkeeper in the market."),
                Arguments.of("N2", "fr", "Ils laissaient les corps au rond-point pendant des jours."),
                Arguments.of("N2", "fr", "Ils ont fait venir tout le marché pour regarder."),
                Arguments.of("N2", "fr", "Il raconte l'exécution d'un adolescent sur la place du marché."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingIsCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void theSameWordsAboutOrdinaryThingsAreNone() {
        assertThat(codes("The council cuts the grass every week.", "en")).doesNotContain("N4");
        assertThat(codes("Every week the market was busy.", "en")).doesNotContain("N6");
        assertThat(codes("Les coupures de presse jaunissaient au mur.", "fr")).doesNotContain("N4");
        assertThat(codes("Le corps a été retrouvé près du rond-point, selon la police.", "fr")).doesNotContain("N2");
        assertThat(codes("The execution of two men was delayed by the court of appeal in Texas.", "en"))
                .doesNotContain("N2");
    }
}
