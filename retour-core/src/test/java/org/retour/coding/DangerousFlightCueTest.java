package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 18 for a flight that put one's life at stake (fear for one's life after
 * deciding to leave, escape told as dangerous, death as the penalty for desertion: N7) and a group coming apart
 * (on its last legs, disintegrating: N6). Fear for one's life without any leaving, and a danger that is not the
 * flight, keep their answer.
 */
class DangerousFlightCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N7", "en", "I feared for my life every day after I decided to leave."),
                Arguments.of("N7", "fr", "Je craignais pour ma vie dès que j'ai décidé de partir."),
                Arguments.of("N7", "de", "Ich hatte Angst um mein Leben, nachdem ich beschlossen hatte zu gehen."),
                Arguments.of("N7", "ar", "كنت أخاف على حياتي بعد أن قررت الرحيل"),
                Arguments.of("N7", "en", "Escaping was extremely dangerous."),
                Arguments.of("N7", "fr", "Fuir était extrêmement dangereux."),
                Arguments.of("N7", "de", "Die Flucht war extrem gefährlich."),
                Arguments.of("N7", "ar", "كان الهروب خطيرا جدا"),
                Arguments.of("N7", "de", "Auf Desertion stand der Tod."),
                Arguments.of("N6", "en", "The Islamic State was on its last legs."),
                Arguments.of("N6", "fr", "Le groupe se désintégrait."),
                Arguments.of("N6", "ar", "كان التنظيم يتفكك"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void fearForOnesLifeWithoutLeavingIsNoPunishedFlight() {
        assertThat(codes("I feared for my life when the planes came.", "en")).doesNotContain("N7");
        assertThat(codes("The road to Raqqa was dangerous.", "en")).doesNotContain("N7");
    }
}
