package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * Articles in English, German and Arabic built like the founding article, with a defector's negated and
 * hypothetical words added: each is coded exactly as the founding article is, and nothing else.
 */
class ArticleCodingTest {

    /** A quote: its words, who said it, the cue, and whether it nests in the last top-level quote. */
    record Q(String words, Speaker speaker, String cue, boolean nested) {
    }

    private static final Set<String> EXPECTED = Set.of("Q1 N6", "Q2 N6", "Q2 N7", "Q3 N7", "Q7 N1", "Q8 N2", "Q9 N3",
            "Q10 N4", "S1 N6", "S2 N5");

    @Test
    void englishArticleIsCodedLikeTheFoundingOne() throws IOException {
        Speaker official = Fixtures.speaker("Daniel Brooks", Voice.OFFICIAL);
        Speaker karim = Fixtures.speaker("Karim", Voice.DEFECTOR);
        Speaker neumann = Fixtures.speaker("Peter Neumann", Voice.RESEARCHER);
        String text = read("article-en.txt");
        int o = text.indexOf("'ISIS is more");
        int e = text.indexOf("disappointing'") + "disappointing'".length();
        check(text, "en", List.of(
                new Q("They feel that we have entered the final phase. Several of them have started sending us messages to ask "
                        + "how they can come back,", official, "said", false),
                new Q("There is no more expansion of the glorious caliphate, and we know that some are killed when they try to "
                        + "flee,", official, "he added", false),
                new Q("held back by the ISIS policy of treating anyone who wants to leave Syria as a traitor to be executed "
                        + "immediately,", official, "he said", false),
                new Q("It was not the brutality that made me leave,", karim, "said", false),
                new Q("If we were losing ground, nobody told us.", karim, null, false),
                new Q(text.substring(o, e), neumann, "said", false),
                new Q("ISIS is more interested in fighting other Muslims than the Assad government", neumann, null, true),
                new Q("ISIS is involved in brutality and atrocities against Muslims", neumann, null, true),
                new Q("ISIS is corrupt and un-Islamic", neumann, null, true),
                new Q("life under ISIS is harsh and disappointing", neumann, null, true)),
                "The recent losses", "Some returnees");
    }

    @Test
    void germanArticleIsCodedLikeTheFoundingOne() throws IOException {
        Speaker official = Fixtures.speaker("Thomas Berger", Voice.OFFICIAL);
        Speaker jonas = Fixtures.speaker("Jonas", Voice.DEFECTOR);
        Speaker neumann = Fixtures.speaker("Peter Neumann", Voice.RESEARCHER);
        String text = read("article-de.txt");
        int o = text.indexOf("‚Der IS kämpft");
        int e = text.indexOf("enttäuschend‘") + "enttäuschend‘".length();
        check(text, "de", List.of(
                new Q("Sie spüren, dass wir in die Endphase eingetreten sind. Einige von ihnen schicken uns schon Nachrichten, "
                        + "um zu fragen, wie sie zurückkommen können", official, "sagte", false),
                new Q("Von einer Ausdehnung des glorreichen Kalifats ist keine Rede mehr, und wir wissen, dass manche getötet "
                        + "werden, wenn sie zu fliehen versuchen", official, "fügte er hinzu", false),
                new Q("von der Politik des IS aufgehalten, der jeden, der Syrien verlassen will, als Verräter betrachtet, der "
                        + "sofort hingerichtet werden muss", official, "sagte er", false),
                new Q("Die Brutalität? Das war nicht der Grund", jonas, "sagte", false),
                new Q("Wenn wir schwere Verluste hätten, würden sie es uns nicht sagen.", jonas, null, false),
                new Q(text.substring(o, e), neumann, "sagte", false),
                new Q("Der IS kämpft lieber gegen andere Muslime als gegen die Regierung Assad", neumann, null, true),
                new Q("der IS ist an Brutalität und Gräueltaten gegen Muslime beteiligt", neumann, null, true),
                new Q("der IS ist korrupt und unislamisch", neumann, null, true),
                new Q("das Leben unter dem IS ist hart und enttäuschend", neumann, null, true)),
                "Die jüngsten Verluste", "Einige Rückkehrer");
    }

    @Test
    void arabicArticleIsCodedLikeTheFoundingOne() throws IOException {
        Speaker official = Fixtures.speaker("كريم حداد", Voice.OFFICIAL);
        Speaker abuOmar = Fixtures.speaker("أبو عمر", Voice.DEFECTOR);
        Speaker neumann = Fixtures.speaker("بيتر نيومان", Voice.RESEARCHER);
        String text = read("article-ar.txt");
        int o = text.indexOf("\"داعش مهتم");
        int e = text.indexOf("للآمال\"") + "للآمال\"".length();
        check(text, "ar", List.of(
                new Q("إنهم يشعرون أننا دخلنا المرحلة الأخيرة. بدأ بعضهم يرسل إلينا رسائل ليسألوا كيف يمكنهم العودة",
                        official, "وقال", false),
                new Q("لم يعد هناك حديث عن توسع الخلافة المجيدة، ونعلم أن بعضهم يقتلون عندما يحاولون الفرار", official,
                        "وأضاف", false),
                new Q("منعتهم سياسة التنظيم الذي يعتبر كل من يريد مغادرة سوريا خائنا يجب إعدامه فورا", official, "كما قال",
                        false),
                new Q("لم تكن الوحشية هي السبب", abuOmar, "قال", false),
                new Q("لو كنا نخسر لما أخبرونا", abuOmar, null, false),
                new Q(text.substring(o, e), neumann, "وقال", false),
                new Q("داعش مهتم بقتال المسلمين أكثر من قتال نظام الأسد", neumann, null, true),
                new Q("داعش متورط في الوحشية والفظائع ضد المسلمين", neumann, null, true),
                new Q("داعش فاسد وغير إسلامي", neumann, null, true),
                new Q("الحياة تحت داعش قاسية ومخيبة للآمال", neumann, null, true)),
                "وقد تدفع الخسائر", "ويشكو بعض العائدين");
    }

    private static void check(String text, String lang, List<Q> qs, String sentence1, String sentence2) {
        Fixtures.Quotes quotes = new Fixtures.Quotes(text);
        String parent = null;
        for (Q q : qs) {
            quotes.add(q.words(), q.speaker(), q.cue(), q.nested() ? parent : null);
            if (!q.nested()) {
                parent = quotes.last();
            }
        }
        Analysis a = quotes.on(Fixtures.analyse(text, lang));
        List<Coding> codings = new CodingStage(CodingConfig.DEFAULT.coder()).apply(a).get(Layers.CODINGS);
        Set<String> got = new TreeSet<>();
        for (Coding c : codings) {
            String where = c.quote();
            if (where == null) {
                String s = c.span().of(text);
                where = s.startsWith(sentence1) ? "S1" : s.startsWith(sentence2) ? "S2" : s;
            }
            got.add(where + " " + c.code());
            assertThat(c.span().of(text)).contains(c.evidence());
        }
        assertThat(got).as(lang).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ArticleCodingTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
