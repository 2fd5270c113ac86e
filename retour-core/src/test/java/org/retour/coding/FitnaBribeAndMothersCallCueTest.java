package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families for a rebel brigade that had fought the regime now under the group's fire (N1), a release bought by
 * those who could pay and a state where everything was for sale (N3), and a mother or child named as what made
 * someone leave (N9); each has a look-alike that keeps its code away.
 */
class FitnaBribeAndMothersCallCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N1", "en", "We shot at Syrian lads from a brigade that had been fighting the regime for years.",
                        "We shot at the soldiers of the regime from a hill."),
                Arguments.of("N1", "fr", "On tirait sur des jeunes d'une brigade qui combattait le régime depuis deux ans.",
                        "On tirait sur des soldats du régime depuis la colline."),
                Arguments.of("N3", "fr", "Le responsable relâchait les détenus dont les familles pouvaient payer.",
                        "Le responsable relâchait les détenus le vendredi."),
                Arguments.of("N3", "fr", "Là-bas, tout se vendait, même le pardon.",
                        "Là-bas, on vendait des légumes au marché."),
                Arguments.of("N3", "en", "The emir released the prisoners whose families could pay.",
                        "The emir released the prisoners on Friday."),
                Arguments.of("N3", "en", "In Raqqa everything was for sale, even forgiveness.",
                        "In Raqqa vegetables were for sale at the market."),
                Arguments.of("N9", "fr", "Ce qui m'a fait partir, c'est ma mère.",
                        "Ce qui m'a fait partir, c'est la peur des frappes."),
                Arguments.of("N9", "en", "What made me leave was my daughter.",
                        "What made me leave was the fear of the strikes."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingCarriesItsCodeAndItsLookAlikeDoesNot(String code, String lang, String text, String lookAlike) {
        assertThat(codes(text, lang)).contains(code);
        assertThat(codes(lookAlike, lang)).doesNotContain(code);
    }
}
