package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Disappointing life (N4) and home (N9) as returnees tell them in scenes: a broom every day, a hero who ended
 * up sweeping, promised to live like queens and living like maids; a mother's voice, a voice message from a
 * grandmother, a sister's wedding missed, the smell of bread. Each family has a look-alike that does not
 * carry the code: the leaders' own life of kings, a relative's message from the fighter.
 */
class HomeAndHardshipSceneTest {

    static Stream<Arguments> scenes() {
        return Stream.of(
                Arguments.of("N4", "fr", "On m'a donné un balai, et le balai, c'était tous les jours."),
                Arguments.of("N4", "fr", "On lui avait promis une solde et un appartement."),
                Arguments.of("N4", "en", "He expected to be a hero and ended up sweeping a courtyard."),
                Arguments.of("N4", "en", "I spent months guarding a petrol station in the middle of nowhere."),
                Arguments.of("N4", "de", "Ich bin als Kämpfer gekommen und als Tellerwäscher geblieben."),
                Arguments.of("N4", "ar", "كانوا يقولون لنا إننا سنعيش كالملكات، فعشنا كالخادمات"),
                Arguments.of("N9", "fr", "Presque tous parlent d'une voix de mère au téléphone."),
                Arguments.of("N9", "fr", "Un frère qui se marie et qu'on ne verra pas."),
                Arguments.of("N9", "en", "He began to hear his mother's voice at night."),
                Arguments.of("N9", "en", "He would lie awake thinking of the smell of bread from the bakery."),
                Arguments.of("N9", "de", "Meine kleine Schwester hat mir eine Sprachnachricht geschickt."),
                Arguments.of("N9", "de", "Die Stimme meiner Mutter hörte ich jede Nacht."),
                Arguments.of("N9", "ar", "أردن رؤية أمهاتهن وأن يكبر أطفالهن بين أهلهم"),
                Arguments.of("N4", "fr", "Dans ses messages, il se plaint surtout de la nourriture."),
                Arguments.of("N4", "en", "You stand there. You check IDs. You sleep in a car."),
                Arguments.of("N4", "de", "Wir saßen monatelang in einer leeren Schule."),
                Arguments.of("N9", "fr", "Mon père m'a attendu quatre ans. C'est pour lui que je suis revenu."),
                Arguments.of("N9", "de", "Da wusste ich, dass ich zurück muss."),
                Arguments.of("N9", "en", "For the mothers, it was almost always a child falling ill."));
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of("N4", "en", "The men who brought me here live like kings."),
                Arguments.of("N4", "fr", "Il a acheté un balai au marché de Roubaix."),
                Arguments.of("N4", "de", "Der Hausmeister schloss die Schule auf."),
                Arguments.of("N9", "fr", "Elle écoutait les messages vocaux qu'elle recevait de son fils."),
                Arguments.of("N9", "en", "The smell of smoke filled the street."),
                Arguments.of("N9", "de", "Er wollte zurück nach Rakka, zu seiner Einheit."),
                Arguments.of("N4", "en", "He complained to the court about the delay."),
                Arguments.of("N4", "de", "Wir saßen im Bus nach Hause."),
                Arguments.of("N9", "fr", "C'est pour cela que je suis venu témoigner."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("scenes")
    void scenesOfHardshipAndOfHomeCarryTheirCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("lookAlikes")
    void leadersLivesObjectsAndOtherJourneysDoNot(String code, String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain(code);
    }
}
