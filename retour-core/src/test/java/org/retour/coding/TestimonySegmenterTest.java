package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * Which sentences and quotes the testimony segmenter takes for a defector's view, in French, English,
 * German and Arabic: reported speech of one person, persons the text describes as former fighters, and
 * unattributed quotes next to testimony; and the officials, researchers and journalists it leaves out.
 */
class TestimonySegmenterTest {

    /**
     * The texts of one language.
     *
     * @param lang           the language
     * @param context        a sentence saying the article is about defectors, with no speech in it
     * @param filler         sentences about nothing, one per line of the array
     * @param reported       a defector's reported speech ("Karim dit avoir vu…")
     * @param official       an official's reported view of his own, with a role word as subject
     * @param officialName   a named person's reported view; the PERSONS layer says the name is an official's
     * @param name           the name in {@code officialName} and {@code pointing}
     * @param officialRole   an official's role
     * @param fighterRole    a former fighter's description
     * @param intro          a sentence naming {@code name}, with no defector word
     * @param pointing       a sentence pointing at {@code name} with a pronoun and a speech word
     * @param pronoun        the pronoun in {@code pointing}
     * @param testimony      a sentence of testimony about defectors
     * @param quote          the words of an unattributed quote, with no first person and no defector word
     * @param farQuote       the words of another such quote
     */
    record Case(String lang, String context, String[] filler, String reported, String official, String officialName,
                String name, String officialRole, String fighterRole, String intro, String pointing, String pronoun,
                String testimony, String quote, String farQuote) {
        @Override
        public String toString() {
            return lang;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("fr", "Des centaines de déserteurs ont quitté l'organisation cette année.",
                        new String[] {"Le temps était doux à Paris.", "La conférence a duré deux jours.",
                                "Le marché était fermé."},
                        "Karim dit avoir vu des exécutions sur la place du marché.",
                        "Le ministre de l'Intérieur dit avoir reçu des messages de familles inquiètes.",
                        "Dupont dit avoir reçu des messages de familles inquiètes.", "Dupont", "ministre de l'Intérieur",
                        "ancien combattant", "Dupont vit aujourd'hui à Lyon.", "Il parle de la faim et des bombardements.",
                        "Il", "Des déserteurs racontent leur fuite vers la Turquie.", "La route était longue et dangereuse.",
                        "Le dossier sera examiné demain."),
                new Case("en", "Hundreds of defectors have left the group this year.",
                        new String[] {"The weather was mild in London.", "The conference lasted two days.",
                                "The market was closed."},
                        "Karim said he had seen executions in the market square.",
                        "The minister said he had received messages from worried families.",
                        "Dupont said he had received messages from worried families.", "Dupont", "interior minister",
                        "former fighter", "Dupont now lives in Leeds.", "He complains about hunger and the bombing.", "He",
                        "Several defectors describe their escape to Turkey.", "The road was long and dangerous.",
                        "The file will be examined tomorrow."),
                new Case("de", "Hunderte Aussteiger haben die Gruppe in diesem Jahr verlassen.",
                        new String[] {"Das Wetter war mild in Köln.", "Die Konferenz dauerte zwei Tage.",
                                "Der Markt war geschlossen."},
                        "Jonas sagte, er habe Hinrichtungen auf dem Marktplatz gesehen.",
                        "Der Minister sagte, er habe Nachrichten von besorgten Familien erhalten.",
                        "Dupont sagte, er habe Nachrichten von besorgten Familien erhalten.", "Dupont", "Innenminister",
                        "ehemaliger Kämpfer", "Dupont lebt heute in Bremen.", "Er klagt über Hunger und Bombardements.", "Er",
                        "Mehrere Aussteiger schildern ihre Flucht in die Türkei.", "Der Weg war lang und gefährlich.",
                        "Die Akte wird morgen geprüft."),
                new Case("ar", "فر مئات المنشقين من التنظيم هذا العام.",
                        new String[] {"كان الطقس معتدلا في القاهرة.", "استمر المؤتمر يومين.", "كان السوق مغلقا."},
                        "وروى أبو محمد أنه شاهد إعدامات في السوق.",
                        "وروى الوزير أنه تلقى رسائل من عائلات قلقة.",
                        "وروى سمير أنه تلقى رسائل من عائلات قلقة.", "سمير", "وزير الداخلية",
                        "مقاتل سابق", "يعيش سمير اليوم في عمان.", "وهو يشكو من الجوع والقصف.", "وهو",
                        "ويشكو عدد من المنشقين من الجوع.", "كانت الطريق طويلة وخطيرة.", "سيتم فحص الملف غدا."));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportedSpeechOfOnePersonIsTestimonyInAnArticleAboutDefectors(Case c) {
        String text = String.join(" ", c.context(), c.filler()[0], c.reported());
        assertThat(segments(Fixtures.analyse(text, c.lang()))).containsExactly("defector: " + c.reported());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportedSpeechIsNotTestimonyInAnArticleThatSpeaksOfNoDefector(Case c) {
        String text = String.join(" ", c.filler()[0], c.filler()[1], c.reported());
        assertThat(segments(Fixtures.analyse(text, c.lang()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anOfficialsOwnReportedViewIsNotCoded(Case c) {
        String text = String.join(" ", c.context(), c.official(), c.reported());
        assertThat(segments(Fixtures.analyse(text, c.lang()))).containsExactly("defector: " + c.reported());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theReportedViewOfAPersonWhoseRoleIsOfficialIsNotCoded(Case c) {
        String text = String.join(" ", c.context(), c.filler()[0], c.officialName());
        Analysis a = Fixtures.analyse(text, c.lang());
        assertThat(segments(withPerson(a, c.name(), c.officialRole(), null))).isEmpty();
        assertThat(segments(withPerson(a, c.name(), c.fighterRole(), null)))
                .containsExactly("defector: " + c.officialName());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sentencesPointingAtADescribedFormerFighterAreTestimony(Case c) {
        String text = String.join(" ", c.intro(), c.filler()[0], c.pointing());
        Analysis a = Fixtures.analyse(text, c.lang());
        assertThat(segments(withPerson(a, c.name(), c.fighterRole(), c.pronoun())))
                .containsExactly("defector: " + c.pointing());
        assertThat(segments(withPerson(a, c.name(), c.officialRole(), c.pronoun()))).isEmpty();
        assertThat(segments(a)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anUnattributedQuoteNextToTestimonyIsTheDefectorsOwn(Case c) {
        String text = String.join(" ", c.testimony(), c.quote(), c.filler()[0], c.filler()[1], c.filler()[2],
                c.farQuote());
        Analysis a = new Fixtures.Quotes(text).add(c.quote(), null, null).add(c.farQuote(), null, null)
                .on(Fixtures.analyse(text, c.lang()));
        List<TestimonySegmenter.Unit> units = segmenter().segments(a);
        assertThat(units).filteredOn(u -> u.segment().quote() != null)
                .extracting(u -> u.segment().quote() + " " + u.segment().holder() + " " + u.segment().reportedBy())
                .containsExactly("Q1 defector null");
    }

    /** The segments of {@code a} as "HOLDER: TEXT". */
    private static List<String> segments(Analysis a) {
        List<String> out = new ArrayList<>();
        for (TestimonySegmenter.Unit u : segmenter().segments(a)) {
            if (u.segment().quote() == null && !u.segment().holder().isEmpty()) {
                out.add(u.segment().holder() + ": " + u.segment().span().of(a.text()));
            }
        }
        return out;
    }

    private static TestimonySegmenter segmenter() {
        return new TestimonySegmenter(CodingLexicon.standard(), false);
    }

    /** {@code a} with one person named {@code name} (each occurrence), with a role, and a pronoun pointing at it. */
    private static Analysis withPerson(Analysis a, String name, String role, String pronoun) {
        String t = a.text();
        List<Mention> mentions = new ArrayList<>();
        for (int at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
            mentions.add(new Mention(new Span(at, at + name.length()), name, Mention.Kind.NAME));
        }
        if (pronoun != null) {
            int at = t.indexOf(pronoun, t.indexOf(name) + name.length());
            mentions.add(new Mention(new Span(at, at + pronoun.length()), pronoun, Mention.Kind.PRONOUN));
        }
        return a.with(Layers.PERSONS, List.of(new Entity("P1", EntityType.PERSON, name, List.of(), role, null, mentions)));
    }
}
