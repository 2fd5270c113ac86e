package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.pipeline.Analysis;

/**
 * The broader cue families of the default codebook, one sentence per code and language, written from the
 * code definitions; negation and hypothesis keep them from counting; testimony words in narration make a
 * sentence a defector's or returnee's view.
 */
class CueFamilyTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> paraphrases() {
        return Stream.of(
                Arguments.of("N1", "fr", "On nous envoyait attaquer les autres factions plutôt que l'armée."),
                Arguments.of("N1", "en", "We spent months fighting Nusra."),
                Arguments.of("N1", "de", "Wir haben andere Dschihadisten bekämpft."),
                Arguments.of("N1", "ar", "كنا نقاتل جبهة النصرة"),
                Arguments.of("N2", "fr", "Ils fouettaient les femmes au marché."),
                Arguments.of("N2", "en", "They flogged a man in the square for smoking."),
                Arguments.of("N2", "de", "Sie haben Menschen auf der Straße ausgepeitscht."),
                Arguments.of("N2", "ar", "كانوا يجلدون الناس في الساحة"),
                Arguments.of("N3", "fr", "Les chefs étaient des voleurs."),
                Arguments.of("N3", "en", "The commanders were thieves."),
                Arguments.of("N3", "de", "Die Anführer waren Diebe."),
                Arguments.of("N3", "ar", "الأمراء يعيشون في القصور"),
                Arguments.of("N4", "fr", "Je passais mes journées à monter la garde devant un entrepôt vide."),
                Arguments.of("N4", "en", "I spent weeks guarding a warehouse with nothing to do."),
                Arguments.of("N4", "de", "Wir mussten stundenlang Wache stehen."),
                Arguments.of("N4", "ar", "كنا نأكل العشب"),
                Arguments.of("N5", "fr", "Les Irakiens nous appelaient les touristes."),
                Arguments.of("N5", "en", "The locals called us tourists."),
                Arguments.of("N5", "de", "Sie nannten uns Touristen."),
                Arguments.of("N5", "ar", "كانوا يسموننا السياح"),
                Arguments.of("N6", "fr", "Nous étions encerclés et de moins en moins nombreux."),
                Arguments.of("N6", "en", "We were surrounded and there were fewer of us every week."),
                Arguments.of("N6", "de", "Wir waren eingekesselt."),
                Arguments.of("N6", "ar", "كنا محاصرين"),
                Arguments.of("N7", "fr", "Ils ont confisqué nos passeports."),
                Arguments.of("N7", "en", "They took our passports so that nobody could get away."),
                Arguments.of("N7", "de", "Sie haben uns die Pässe abgenommen."),
                Arguments.of("N7", "ar", "صادروا جوازات سفرنا"),
                Arguments.of("N8", "fr", "Ils voulaient me mettre dans un camion piégé."),
                Arguments.of("N8", "en", "They wanted me to drive a car bomb."),
                Arguments.of("N8", "de", "Ich sollte eine Autobombe fahren."),
                Arguments.of("N8", "ar", "أرادوا أن أقود سيارة مفخخة"),
                Arguments.of("N9", "fr", "J'appelais ma mère chaque soir."),
                Arguments.of("N9", "en", "I called my mum every night."),
                Arguments.of("N9", "de", "Ich rief jeden Abend meine Mama an."),
                Arguments.of("N9", "ar", "كنت أتصل بأمي كل ليلة"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("paraphrases")
    void aParaphraseOfTheGrievanceCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void negationKeepsTheNewCuesFromCounting() {
        assertThat(codes("Ce n'étaient pas des voleurs.", "fr")).doesNotContain("N3");
        assertThat(codes("They were not thieves.", "en")).doesNotContain("N3");
        assertThat(codes("Sie waren keine Diebe.", "de")).doesNotContain("N3");
        assertThat(codes("لم يكونوا لصوص", "ar")).doesNotContain("N3");
    }

    @Test
    void aHypothesisKeepsTheNewCuesFromCounting() {
        assertThat(codes("S'ils nous avaient encerclés, nous serions morts.", "fr")).doesNotContain("N6");
        assertThat(codes("If they had confiscated our passports, we would have stayed.", "en")).doesNotContain("N7");
        assertThat(codes("Falls wir eingekesselt würden, sollten wir kämpfen.", "de")).doesNotContain("N6");
        assertThat(codes("لو صادروا جوازات سفرنا لبقينا", "ar")).doesNotContain("N7");
    }

    @Test
    void aSmugglerAloneIsNoDesertersKilledNarrative() {
        assertThat(codes("A smuggler drove him to the border.", "en")).doesNotContain("N7");
        assertThat(codes("Un passeur l'a conduit à la frontière.", "fr")).doesNotContain("N7");
    }

    static Stream<Arguments> reportedTestimony() {
        return Stream.of(
                Arguments.of("en", "Defectors told researchers that the emirs were thieves.", "defector"),
                Arguments.of("en", "Returnees repatriated from Syria recalled the hunger.", "returnee"),
                Arguments.of("fr", "Certains membres rentrés se plaignent de la faim.", "returnee"),
                Arguments.of("fr", "Des revenants racontent la faim et le froid.", "returnee"),
                Arguments.of("fr", "D'anciens djihadistes évoquent la corruption des émirs.", "defector"),
                Arguments.of("de", "Viele Rückkehrer berichten von Hunger.", "returnee"),
                Arguments.of("de", "Aussteiger schildern den Alltag als elend.", "defector"),
                Arguments.of("ar", "يقول العائدون إن الحياة كانت قاسية", "returnee"),
                Arguments.of("ar", "يروي المنشقون أن القادة كانوا يسرقون", "defector"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("reportedTestimony")
    void narrationReportingWhatTheyTellIsTheirView(String lang, String text, String holder) {
        assertThat(holders(text, lang)).containsExactly(holder);
    }

    @Test
    void narrationWithoutDefectorsOrReturneesIsNoTestimony() {
        assertThat(holders("Le ministre se plaint de la météo.", "fr")).isEmpty();
        assertThat(holders("The minister recalled the budget debate.", "en")).isEmpty();
        assertThat(holders("Der Minister berichtet von der Sitzung.", "de")).isEmpty();
    }

    private static List<String> holders(String text, String lang) {
        Analysis a = Fixtures.analyse(text, lang);
        List<String> out = new ArrayList<>();
        for (TestimonySegmenter.Unit u : RULES.segmenter().segments(a)) {
            out.add(u.segment().holder());
        }
        return out;
    }
}
