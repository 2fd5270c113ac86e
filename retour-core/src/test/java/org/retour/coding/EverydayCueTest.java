package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codes as defectors tell them in everyday scenes rather than in the codebook's words: leaders' villas
 * and cars, queues for bread, pay by nationality, villages lost one by one, threats against those who
 * leave, names on a list, a sick child.
 */
class EverydayCueTest {

    static Stream<Arguments> scenes() {
        return Stream.of(
                Arguments.of("N1", "fr", "On nous a envoyés contre des rebelles, jamais contre Bachar."),
                Arguments.of("N1", "en", "We ended up shooting at men who prayed like us."),
                Arguments.of("N1", "de", "Wir kämpften gegen Leute, die beteten wie wir."),
                Arguments.of("N1", "ar", "قاتلنا ضد فصائل المعارضة وليس ضد جيش النظام"),
                Arguments.of("N2", "fr", "Ils ont exécuté des frères sur un simple soupçon."),
                Arguments.of("N2", "en", "Some were shot by their own commanders."),
                Arguments.of("N2", "de", "Manche wurden von ihren eigenen Emiren erschossen."),
                Arguments.of("N2", "ar", "كانوا يقتلون الناس على الشبهة"),
                Arguments.of("N3", "fr", "Notre émir roulait dans une grosse voiture pendant qu'on dormait par terre."),
                Arguments.of("N3", "en", "Our commander lived in a villa with two generators."),
                Arguments.of("N3", "de", "Die Frauen der Kommandeure hatten alles, was sie wollten."),
                Arguments.of("N3", "ar", "كان الأمراء يسكنون في بيوت فخمة"),
                Arguments.of("N4", "fr", "On faisait la queue pour du pain tous les matins."),
                Arguments.of("N4", "en", "For months there was no electricity and no fuel."),
                Arguments.of("N4", "de", "Im Winter hatten wir keinen Strom und kein Heizöl."),
                Arguments.of("N4", "ar", "عشنا أشهرا بلا كهرباء ولا ماء"),
                Arguments.of("N5", "fr", "Les Irakiens touchaient deux fois plus que nous."),
                Arguments.of("N5", "en", "Westerners were paid less than the locals."),
                Arguments.of("N5", "de", "Wer aus Europa kam, musste als Erster an die Front."),
                Arguments.of("N5", "ar", "كان المهاجرون يتقاضون رواتب أقل من السوريين"),
                Arguments.of("N6", "fr", "Chaque mois, on perdait un village de plus."),
                Arguments.of("N6", "en", "By spring everyone knew the war was lost."),
                Arguments.of("N6", "de", "Keiner glaubte mehr an den Sieg, die Schlacht war verloren."),
                Arguments.of("N6", "ar", "كنا نعرف أن الخلافة انتهت"),
                Arguments.of("N7", "fr", "Ceux qui parlaient de partir disparaissaient en prison."),
                Arguments.of("N7", "en", "A friend was jailed for trying to reach the border."),
                Arguments.of("N7", "de", "Wer abhaut, wird an der Kreuzung aufgehängt."),
                Arguments.of("N7", "ar", "حاول صديقي الفرار فأعدموه"),
                Arguments.of("N8", "fr", "L'émir m'a dit que j'allais conduire le camion."),
                Arguments.of("N8", "en", "One morning my name was put on the list."),
                Arguments.of("N8", "de", "Er sagte, ich würde bald ins Paradies geschickt."),
                Arguments.of("N8", "ar", "اختاروني لعملية استشهادية"),
                Arguments.of("N9", "fr", "Je voulais revoir ma sœur avant qu'il soit trop tard."),
                Arguments.of("N9", "en", "My youngest fell ill and there was no doctor."),
                Arguments.of("N9", "de", "Mein Vater lag nach einem Schlaganfall im Krankenhaus."),
                Arguments.of("N9", "ar", "عدت من أجل ابني المريض"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("scenes")
    void everydayScenesCarryTheirCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void aThreatAgainstThoseWhoLeaveCountsThoughItIsACondition() {
        assertThat(codes("Si la hisba nous avait attrapés, ils nous auraient tués.", "fr")).contains("N7");
        assertThat(codes("إذا قبضوا علي سيقتلونني", "ar")).contains("N7");
    }

    @Test
    void refusingToBlowOneselfUpIsStillAboutSuicideMissions() {
        assertThat(codes("Je ne suis pas venu pour me faire exploser.", "fr")).contains("N8");
        assertThat(codes("I didn't come all this way to blow myself up.", "en")).contains("N8");
        assertThat(codes("Ich wollte mich nicht in die Luft sprengen.", "de")).contains("N8");
        assertThat(codes("لم آت إلى هنا لأفجر نفسي", "ar")).contains("N8");
        assertThat(codes("Ce n'est pas la brutalité qui m'a fait partir.", "fr")).doesNotContain("N2", "N8");
    }

    @Test
    void believingNoLongerIsNotLosingUnlessVictoryOrPromisesAreMeant() {
        assertThat(codes("I stopped believing long before I stopped fighting.", "en")).doesNotContain("N6");
        assertThat(codes("The men stopped believing the promises of victory.", "en")).contains("N6");
    }

    @Test
    void theEverydayCuesKeepTheirNegatives() {
        assertThat(codes("Ce n'est pas la queue pour du pain qui m'a fait partir.", "fr")).doesNotContain("N4");
        assertThat(codes("We were not paid less than the Syrians.", "en")).doesNotContain("N5");
    }
}
