package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wordings of the codes that set the leaders' comfort against the fighters' want, and of the trap around
 * those who try to leave: pools and air conditioning, looting, Muslims fighting each other, punishment for
 * trying or for asking to go home, being caught, no longer being able to leave.
 */
class ContrastAndCaptivityCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N1", "fr", "Là-bas, les frères se battaient entre musulmans pour un village."),
                Arguments.of("N1", "en", "We were killing each other, Muslims against brothers."),
                Arguments.of("N3", "fr", "Les commandants avaient une piscine derrière la maison."),
                Arguments.of("N3", "fr", "Ils pillaient les maisons des gens qu'ils disaient protéger."),
                Arguments.of("N3", "fr", "Les responsables mangeaient bien, nous avions du riz."),
                Arguments.of("N3", "en", "The emirs had air conditioning in every room."),
                Arguments.of("N3", "en", "Our unit plundered the shops in the market."),
                Arguments.of("N3", "en", "The people in charge were eating well while we starved."),
                Arguments.of("N3", "de", "Die Kommandeure hatten ein Schwimmbad im Garten."),
                Arguments.of("N3", "ar", "كان الأمراء يملكون مسبحا في بيوتهم"),
                Arguments.of("N7", "fr", "Celles qui essayaient de sortir étaient fusillées."),
                Arguments.of("N7", "fr", "Après ça, je ne pouvais plus partir."),
                Arguments.of("N7", "en", "Anyone who tried was thrown in jail."),
                Arguments.of("N7", "en", "He saw the execution of men who had asked to go home."),
                Arguments.of("N7", "en", "She tried to flee twice and was caught at the river."),
                Arguments.of("N7", "en", "By then we could not leave."),
                Arguments.of("N7", "de", "Die es versuchten, wurden eingesperrt."),
                Arguments.of("N7", "de", "Ab dem Sommer konnten wir nicht mehr weg."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void wordingIsCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void aSiblingNamedAloneIsNoHomeAndFamily() {
        assertThat(codes("My brother made his own choice.", "en")).doesNotContain("N9");
        assertThat(codes("Mon frère a fait un choix.", "fr")).doesNotContain("N9");
        assertThat(codes("Meine Schwester hat sich entschieden.", "de")).doesNotContain("N9");
    }

    @Test
    void missingASiblingIsStillHomeAndFamily() {
        assertThat(codes("Je voulais revoir ma sœur avant qu'il soit trop tard.", "fr")).contains("N9");
    }
}
