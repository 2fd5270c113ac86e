package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cues of codebook version 11 for violence, unpaid work and escapes told in plain words: villages and houses
 * set on fire, families shot at, a body left hanging, comrades of one's own unit executed, own graves dug, a group worse than the regime, daily killing, months without pay, an escape
 * plan ending in a cage or a women's prison, and fighting rebels while the regime is left alone.
 */
class PlainViolenceCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N2", "en", "I watched them burn a village whose men had refused to pledge allegiance."),
                Arguments.of("N2", "en", "They locked the men in the mosque and set fire to the houses."),
                Arguments.of("N2", "en", "They shot at families who tried to walk to the Kurdish lines."),
                Arguments.of("N2", "en", "The group treated the farmers worse than the regime ever did."),
                Arguments.of("N2", "ar", "ما دفعني إلى الرجوع هو القتل اليومي في القرى"),
                Arguments.of("N4", "fr", "Des mois à surveiller une route déserte, sans solde."),
                Arguments.of("N7", "fr", "Un camarade a été enfermé dans une cage après la découverte de son projet d'évasion."),
                Arguments.of("N7", "de", "Sie wurde erwischt und ins Frauengefängnis gebracht."),
                Arguments.of("N1", "en", "We were killing Sunnis and leaving the regime alone."),
                Arguments.of("N2", "en", "Two days later his body was hanging off the bridge with a sign."),
                Arguments.of("N2", "en", "Several recounted fighters from their own units being executed on suspicion of spying."),
                Arguments.of("N2", "en", "Captured soldiers were made to dig their own graves."),
                Arguments.of("N2", "de", "In Tabka haben sie vor meinen Augen einen Imam erschossen."),
                Arguments.of("N2", "de", "Sie haben jeden Tag Muslime umgebracht."),
                Arguments.of("N4", "fr", "J'ai passé deux ans entre quatre murs à attendre."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aPlainWordingCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void aNegatedFireOrPayStaysUncoded() {
        assertThat(codes("They did not burn any village while I was there.", "en")).doesNotContain("N2");
        assertThat(codes("Nous n'étions jamais sans solde.", "fr")).doesNotContain("N4");
    }

    @Test
    void aReasonDeniedBeforeALongerClauseStaysUncoded() {
        assertThat(codes("Il n'avait pas quitté le groupe à cause des défaites.", "fr")).doesNotContain("N6");
        assertThat(codes("I didn't leave the group because of the defeats.", "en")).doesNotContain("N6");
        assertThat(codes("Il a quitté le groupe à cause des défaites.", "fr")).contains("N6");
    }
}
