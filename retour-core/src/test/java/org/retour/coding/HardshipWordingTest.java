package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Harsh life told as care that was missing (no anaesthetic, no midwife), as labour forced on the fighters, or as
 * being nothing but wives or servants there.
 */
class HardshipWordingTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; She gave birth with no anaesthetic at all.",
            "en; They made us dig from dawn to dusk.",
            "fr; Il n'y avait pas d'anesthésie pour les femmes qui accouchaient.",
            "fr; Les émirs nous faisaient creuser toute la nuit.",
            "de; Es gab keine Narkose und keine Hebamme.",
            "de; Sie ließen uns tagelang Gräben graben.",
            "en; Nobody cared about us, we were just wives for the fighters.",
            "fr; Là-bas, nous n'étions que des épouses pour les combattants.",
            "de; Dort waren wir nur Ehefrauen für die Kämpfer."})
    void missingCareForcedLabourAndServitudeAreHarshLife(String lang, String text) {
        assertThat(codes(text, lang)).contains("N4");
    }
}
