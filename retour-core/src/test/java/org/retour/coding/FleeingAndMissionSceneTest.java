package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fate of those who try to leave (N7) and being put forward for suicide missions (N8) as returnees tell
 * them in scenes: a sign around the neck, a cage in the market, a smuggler's number found on a man, shot
 * before reaching the road, a name written on a board, a turn that has come, a will to write, walking bombs.
 * Each family has a look-alike that does not carry the code.
 */
class FleeingAndMissionSceneTest {

    static Stream<Arguments> scenes() {
        return Stream.of(
                Arguments.of("N7", "fr", "Ils l'ont exposé avec une pancarte autour du cou."),
                Arguments.of("N7", "fr", "On l'a ramenée au bureau de la hisba."),
                Arguments.of("N7", "fr", "Des camarades ont été abattus alors qu'ils tentaient de rejoindre la frontière."),
                Arguments.of("N7", "fr", "Un Tunisien a été exécuté pour avoir voulu rentrer chez ses parents."),
                Arguments.of("N7", "fr", "Il avait payé un passeur qui l'a livré, et ils l'ont ramené enchaîné en prison."),
                Arguments.of("N7", "en", "They shot him before he reached the road."),
                Arguments.of("N7", "en", "They wanted us to know what happens to runaways."),
                Arguments.of("N7", "en", "There was a prison under the stadium for deserters."),
                Arguments.of("N7", "en", "The smuggler's truck was stopped at a checkpoint."),
                Arguments.of("N7", "en", "He was brought back in the boot of a car."),
                Arguments.of("N7", "de", "Ein Kamerad sei bei einem Fluchtversuch festgenommen worden."),
                Arguments.of("N7", "de", "Männer, die sich absetzen wollten, wurden vor der Einheit erschossen."),
                Arguments.of("N7", "de", "Er saß im Gefängnis, weil man die Nummer eines Schleusers bei ihm fand."),
                Arguments.of("N7", "ar", "أعدموه بعد أن وجدوا معه رقم مهرب"),
                Arguments.of("N7", "ar", "علقوا لافتة على رقبته"),
                Arguments.of("N8", "fr", "Il avait été inscrit pour une opération avec un camion."),
                Arguments.of("N8", "fr", "Il a dit que mon nom était écrit."),
                Arguments.of("N8", "en", "There was a board in the office with names on it."),
                Arguments.of("N8", "en", "I didn't want to die in a car for a man who slept in a villa."),
                Arguments.of("N8", "en", "He told me my turn had come."),
                Arguments.of("N8", "de", "Wer wollte den kurzen Weg ins Paradies nehmen?"),
                Arguments.of("N8", "de", "Er sei für eine Märtyreroperation vorgesehen."),
                Arguments.of("N8", "ar", "قال الأمير إن دوري قد حان وإن علي أن أكتب وصيتي"),
                Arguments.of("N8", "ar", "أخذوهم إلى المعسكرات ليكونوا قنابل تمشي"));
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of("N7", "fr", "Le passeur nous a conduits jusqu'à Gaziantep."),
                Arguments.of("N7", "fr", "Il a écrit son nom sur une pancarte."),
                Arguments.of("N7", "en", "The smuggler drove us across at night."),
                Arguments.of("N7", "en", "We reached the road before dawn."),
                Arguments.of("N7", "de", "Der Schleuser brachte uns über die Grenze."),
                Arguments.of("N7", "ar", "دفعنا للمهرب ألف دولار"),
                Arguments.of("N8", "fr", "J'ai écrit une lettre à ma mère."),
                Arguments.of("N8", "en", "He drove a truck for a building firm."),
                Arguments.of("N8", "de", "Der Weg nach Hause war lang."),
                Arguments.of("N8", "ar", "كتبت رسالة إلى أمي"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("scenes")
    void scenesOfFleeingAndOfMissionsCarryTheirCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("lookAlikes")
    void smugglersSignsRoadsAndLettersAloneDoNot(String code, String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain(code);
    }
}
