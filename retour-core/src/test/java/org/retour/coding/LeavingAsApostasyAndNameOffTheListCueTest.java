package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 31: going back told as becoming an infidel or one of them, those
 * who tried to run or swim caught or brought back and killed, and those who left found dead (N7, deserters
 * killed); a name written down for an operation and a plea to the emir to take it off (N8, suicide missions).
 * Going back to school, a lorry brought back and a name taken off an ordinary list keep their answer.
 */
class LeavingAsApostasyAndNameOffTheListCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N7", "en", "They told us that whoever goes back to the infidels is one of them."),
                Arguments.of("N7", "en", "A boy who tried to swim across the river was caught the next morning."),
                Arguments.of("N7", "en", "They were brought back and shot in the square."),
                Arguments.of("N7", "en", "They were brought back and they cut his head off."),
                Arguments.of("N7", "fr", "Quiconque repartait chez les mécréants devenait l'un d'eux."),
                Arguments.of("N7", "fr", "Ceux qu'on rattrapait sur la route de la Turquie étaient jugés le soir même."),
                Arguments.of("N7", "fr", "On les ramenait au village et on les fusillait devant tout le monde."),
                Arguments.of("N7", "fr", "Ceux qui partaient, on les retrouvait morts au bord de la route."),
                Arguments.of("N8", "en", "I went to the emir and said I have a child, take my name off."),
                Arguments.of("N8", "en", "They had written his name down for an operation in the spring."),
                Arguments.of("N8", "fr", "J'ai supplié qu'on raye mon nom de la liste."),
                Arguments.of("N8", "fr", "L'émir avait inscrit son nom pour une opération à Deir ez-Zor."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingIsCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void goingBackOrANameElsewhereIsNeither() {
        assertThat(codes("Whoever goes back to school in September needs a new uniform.", "en")).doesNotContain("N7");
        assertThat(codes("The lorry was brought back to the depot for repairs.", "en")).doesNotContain("N7");
        assertThat(codes("Ceux qui partaient en vacances rentraient bronzés.", "fr")).doesNotContain("N7");
        assertThat(codes("Please cross my name out, I cannot come on Sunday.", "en")).doesNotContain("N8");
    }
}
