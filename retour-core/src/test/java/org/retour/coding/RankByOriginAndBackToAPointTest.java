package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 31 for discrimination (N5): fighters treated as less because of where
 * they came from, the bottom of the hierarchy, locals promoted around or before the foreigners; and the idiom
 * of going back to a subject (« revenir sur ce point », "come back to that point"), which is no wish to go home
 * (N9), while a wish to go back to France or to one's family still is.
 */
class RankByOriginAndBackToAPointTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("en", "We were treated as disposable because we were from the Balkans."),
                Arguments.of("en", "Syrian and Iraqi members were promoted around him."),
                Arguments.of("fr", "Les Africains restaient au bas de la hiérarchie."),
                Arguments.of("fr", "Les Syriens étaient promus avant nous."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wordings")
    void aWordingTellsOfRankByOrigin(String lang, String text) {
        assertThat(codes(text, lang)).contains("N5");
    }

    @Test
    void treatmentForAnotherReasonIsNoDiscrimination() {
        assertThat(codes("He was treated in hospital because he was from a poor family.", "en")).doesNotContain("N5");
        assertThat(codes("Bottom of the league again, the coach sighed.", "en")).doesNotContain("N5");
    }

    @Test
    void goingBackToASubjectIsNoWishToGoHome() {
        assertThat(codes("Je voudrais revenir sur ce que l'on appelle les repentis.", "fr")).doesNotContain("N9");
        assertThat(codes("Revenons sur ce point.", "fr")).doesNotContain("N9");
        assertThat(codes("I want to come back to that point later.", "en")).doesNotContain("N9");
    }

    @Test
    void aWishToGoBackHomeStillCounts() {
        assertThat(codes("Je voudrais revenir chez moi.", "fr")).contains("N9");
        assertThat(codes("I want to come back to my family.", "en")).contains("N9");
    }
}
