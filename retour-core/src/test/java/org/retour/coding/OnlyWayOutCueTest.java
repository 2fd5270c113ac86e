package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 28: leaving the group told as possible only in death (« on n'en
 * sortait que les pieds devant », "the only way out was in a coffin", „nur tot heraus“, « لا يخرج إلا ميتا »),
 * men put to death for trying to reach the border, and those who ask about the border or about leaving
 * told as the first to die (N7); a fighter asking after his mother or children (N9). Leaving for some
 * other purpose, a way out that is no death, and asking about anything else keep their answer.
 */
class OnlyWayOutCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N7", "fr", "On ne sortait du califat que les pieds devant."),
                Arguments.of("N7", "fr", "On ne quitte l'organisation que par la porte du paradis, répétait l'émir."),
                Arguments.of("N7", "fr", "Pour ceux qui doutaient, la seule issue était la mort."),
                Arguments.of("N7", "fr", "Ceux qui demandaient la route de la frontière, on les enterrait les premiers."),
                Arguments.of("N7", "en", "The only way out of the caliphate was in a coffin."),
                Arguments.of("N7", "en", "You only leave the Islamic State feet first."),
                Arguments.of("N7", "en", "Nobody leaves the caliphate alive, the emir told us."),
                Arguments.of("N7", "en", "They were hanging boys in the square for trying to get to Turkey."),
                Arguments.of("N7", "en", "Two brothers were shot for trying to sneak out at night."),
                Arguments.of("N7", "en", "The ones who asked about the border were the first we buried."),
                Arguments.of("N7", "de", "Aus dem Kalifat kam man nur tot heraus."),
                Arguments.of("N7", "de", "Der einzige Ausweg war der Tod."),
                Arguments.of("N7", "de", "Zwei Jungen wurden erhängt, weil sie über die Grenze in die Türkei wollten."),
                Arguments.of("N7", "ar", "لا يخرج أحد من الدولة إلا ميتا"),
                Arguments.of("N7", "ar", "لا مخرج من التنظيم إلا الموت"),
                Arguments.of("N9", "fr", "À chaque appel, il demandait après sa mère."),
                Arguments.of("N9", "en", "And he asked about his mother on every single call."),
                Arguments.of("N9", "en", "She kept asking after her children in every letter."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void leavingForAnotherPurposeIsNoDeathForDeserters() {
        assertThat(codes("Les femmes ne sortaient que voilées, et jamais seules.", "fr")).doesNotContain("N7");
        assertThat(codes("Il ne quittait la maison que pour aller à la mosquée.", "fr")).doesNotContain("N7");
        assertThat(codes("The only way out of the old town was the bridge.", "en")).doesNotContain("N7");
        assertThat(codes("Der einzige Ausweg war die Brücke.", "de")).doesNotContain("N7");
    }

    @Test
    void askingAboutAnythingElseIsNoLongingForHome() {
        assertThat(codes("He asked about the weather and the price of bread.", "en")).doesNotContain("N9");
        assertThat(codes("Il demandait après le commandant.", "fr")).doesNotContain("N9");
    }
}
