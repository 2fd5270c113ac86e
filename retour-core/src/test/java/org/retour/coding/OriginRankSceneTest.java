package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unequal treatment by origin or language (N5) as returnees tell it in scenes rather than in the word
 * "discrimination": who had the rooms and the cars, who was called what, orders given only in Arabic, being
 * the last to get bread or at the bottom; and the last words of deserters' fate (N7) added with them
 * (running away, going to hell). Each family has a look-alike that does not carry the code.
 */
class OriginRankSceneTest {

    static Stream<Arguments> scenes() {
        return Stream.of(
                Arguments.of("N5", "fr", "Les Tunisiens avaient les chambres avec ventilateur, nous les convertis, on dormait dehors."),
                Arguments.of("N5", "fr", "Celui qui venait d'Arabie saoudite avait un pick-up."),
                Arguments.of("N5", "fr", "Les cours de charia étaient donnés uniquement en arabe."),
                Arguments.of("N5", "fr", "Là-bas, ça vous range tout en bas."),
                Arguments.of("N5", "en", "If you were Iraqi or Syrian you got the good jobs."),
                Arguments.of("N5", "en", "Somali recruits were given the worst postings."),
                Arguments.of("N5", "en", "They called us slaves to our faces."),
                Arguments.of("N5", "en", "Central Asians were the cheapest soldiers."),
                Arguments.of("N5", "en", "The Chechen families were always the last to get bread."),
                Arguments.of("N5", "de", "Ausländer ohne Arabischkenntnisse wurden benachteiligt."),
                Arguments.of("N5", "de", "Man habe die Deutschen grundsätzlich zuletzt versorgt."),
                Arguments.of("N5", "de", "Deutsche seien dort wenig wert gewesen."),
                Arguments.of("N5", "ar", "كانوا يسموننا الشوام ويضعوننا في آخر الصف"),
                Arguments.of("N5", "ar", "كانت المهاجرات يحصلن على حصص أكبر من الطعام"),
                Arguments.of("N7", "en", "He saw them execute two men who tried to run away."),
                Arguments.of("N7", "en", "They told him deserters go to hell."),
                Arguments.of("N7", "fr", "Un ami a été exécuté, accusé d'avoir voulu fuir."));
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of("N5", "fr", "Le bureau était tout en haut de l'immeuble."),
                Arguments.of("N5", "fr", "Il parlait arabe avec sa grand-mère."),
                Arguments.of("N5", "en", "The Syrian refugees reached the camp last."),
                Arguments.of("N5", "en", "The house had separate entrances."),
                Arguments.of("N5", "de", "Er lernt jetzt Arabisch an der Volkshochschule."),
                Arguments.of("N5", "ar", "تعلمت العربية في المدرسة"),
                Arguments.of("N7", "en", "The dog ran away from the farm."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("scenes")
    void scenesOfRankByOriginCarryTheirCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("lookAlikes")
    void placesLanguagesAndOrdersAloneDoNot(String code, String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain(code);
    }
}
