package org.retour.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.retour.model.Attribution;
import org.retour.model.Coding;
import org.retour.model.DateMention;
import org.retour.model.Document;
import org.retour.model.Entity;
import org.retour.model.Figure;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.model.Span;
import org.retour.model.Token;

/**
 * The contract every stage keeps, checked on random and hostile text: it never throws, provides what
 * it declares, and every span it makes lies inside the text, in order, and consistent with the text.
 *
 * <p>A stage's test extends this class and says how to build the stage and what runs before it.
 */
public abstract class StageContractTest {

    /** The stage under test. */
    protected abstract Stage stage();

    /** The stages that provide what {@link #stage()} requires, in order (none by default). */
    protected List<Stage> prerequisites() {
        return List.of();
    }

    /** Hostile texts every stage must survive. */
    public static List<String> hostileTexts() {
        List<String> texts = new ArrayList<>();
        texts.add("");
        texts.add(" ");
        texts.add("   \n\t\n  \u00A0 ");
        texts.add("😀");
        texts.add("👩‍👩‍👧‍👦 🇫🇷 1️⃣ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀𠀁 \uD83D");
        texts.add("\uDC00 lone low surrogate and « » « « » » \" \" “ „ ‚ ‘ ’ ‹ › '");
        texts.add("قال المقاتل السابق: «لقد رأينا أشياء فظيعة في الرقة». وأضاف أن داعش يقتل المسلمين.");
        texts.add("Il a dit « Wir kommen zurück » and he said \"نحن عائدون\" ce soir. Дата: 10.06.2016.");
        texts.add("« Une citation jamais fermée. Et une autre phrase « encore ouverte \" puis ” fermée “ mal");
        texts.add("\"\"\"\"\"«««««»»»»»“““”””");
        texts.add("M. Dr. U.S. z. B. 1,200 1 200 3.5 l'EIIL qu'un d'entre a-t-il ajouta-t-il ... ?! ؟ ،");
        texts.add("\u0000\u0001\u0007 control \u200B\u200D\u2028\u2029 separators \r\n\r\n end");
        texts.add("a".repeat(5000) + "." + " b".repeat(3000));
        texts.add("« " + "il a dit que ".repeat(100) + "»");
        texts.add("Le 10 juin 2016, 244 personnes sont rentrées en France, a annoncé Patrick Calvar (DGSI).");
        texts.add(oneMegabyteLine());
        texts.add(randomText(new SplittableRandom(1), 4000));
        texts.add(randomText(new SplittableRandom(2), 20000));
        return texts;
    }

    /** About one megabyte on one line: sentences with quotes and names, no line break. */
    public static String oneMegabyteLine() {
        String unit = "« Nous partons », a dit M. Karim Benali, un ancien combattant de l'EIIL, le 10 juin à Raqqa; "
                + "\"we leave,\" he said. ";
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() < (1 << 20)) {
            sb.append(unit);
        }
        return sb.toString();
    }

    /** Random text from a mix of scripts, punctuation, quotation marks and emoji. */
    public static String randomText(SplittableRandom rnd, int length) {
        String[] pieces = {"a", "é", "Z", "ß", "ك", "ة", " ", " ", "\n", ".", ",", "«", "»", "\"", "“", "”", "„", "'",
            "’", "-", "M.", "Dr.", "1", "200", "😀", "𠀀", "\u00A0", ":", "؟", "Il", "a dit", "said", "sagte", "قال",
            "EIIL", "Daech", "Neumann", "2016", "juin", "?", "!", "(", ")", "‹", "›", "\t", "\u200D", "\u0301"};
        StringBuilder sb = new StringBuilder(length + 16);
        while (sb.length() < length) {
            sb.append(pieces[rnd.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> keepsTheContractOnHostileText() {
        List<String> texts = hostileTexts();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String label = "hostile text " + i + " (" + text.length() + " chars)";
            tests.add(DynamicTest.dynamicTest(label, () -> checkContract(text)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> keepsTheContractOnRandomText() {
        SplittableRandom rnd = new SplittableRandom(20160610);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String text = randomText(rnd, 1 + rnd.nextInt(3000));
            tests.add(DynamicTest.dynamicTest("random text " + i, () -> checkContract(text)));
        }
        return tests.stream();
    }

    /** Runs the stage on {@code text} and checks every span of every layer. */
    protected final Analysis checkContract(String text) {
        Stage stage = stage();
        Pipeline.Builder b = Pipeline.builder();
        prerequisites().forEach(b::add);
        Analysis before = b.build().analyze(Document.of(text));
        Analysis[] holder = new Analysis[1];
        assertThatCode(() -> holder[0] = stage.apply(before)).as(stage.name() + " on " + describe(text))
                .doesNotThrowAnyException();
        Analysis after = holder[0];
        assertThat(after.text()).isEqualTo(text);
        for (Layer<?> provided : stage.provides()) {
            assertThat(after.has(provided)).as(stage.name() + " provides " + provided.name()).isTrue();
        }
        checkSpans(after);
        return after;
    }

    /** Checks that every span of every known layer lies inside the text and is consistent with it. */
    public static void checkSpans(Analysis a) {
        String text = a.text();
        List<Sentence> sentences = a.list(Layers.SENTENCES);
        checkOrdered(text, sentences.stream().map(Sentence::span).toList(), "sentences");
        checkOrdered(text, a.list(Layers.TOKENS).stream().map(Token::span).toList(), "tokens");
        for (Sentence s : sentences) {
            assertThat(s.language()).as("sentence language").isNotBlank();
            assertThat(Character.isWhitespace(text.charAt(s.span().start()))).as("sentence starts with space").isFalse();
        }
        for (Token t : a.list(Layers.TOKENS)) {
            assertThat(t.span().length()).as("empty token").isPositive();
            int st = t.span().start();
            assertThat(st > 0 && Character.isLowSurrogate(text.charAt(st)) && Character.isHighSurrogate(text.charAt(st - 1)))
                    .as("token splits a surrogate pair").isFalse();
        }
        for (Layer<List<Entity>> layer : List.of(Layers.PERSONS, Layers.ORGANIZATIONS, Layers.PLACES)) {
            for (Entity e : a.list(layer)) {
                assertThat(e.id()).isNotBlank();
                for (Mention m : e.mentions()) {
                    inside(text, m.span(), "mention");
                    assertThat(m.text()).as("mention text").isEqualTo(m.span().of(text));
                }
            }
        }
        for (Quote q : a.list(Layers.QUOTES)) {
            inside(text, q.span(), "quote");
            assertThat(q.text()).as("quote text").isEqualTo(q.span().of(text));
            assertThat(q.attribution()).isNotNull();
            if (q.attribution() instanceof Attribution.Cued c) {
                inside(text, c.cue().span(), "cue");
            }
        }
        for (DateMention d : a.list(Layers.DATES)) {
            inside(text, d.span(), "date");
            assertThat(d.text()).isEqualTo(d.span().of(text));
        }
        for (Figure f : a.list(Layers.FIGURES)) {
            inside(text, f.span(), "figure");
        }
        for (Coding c : a.list(Layers.CODINGS)) {
            inside(text, c.span(), "coding");
        }
    }

    private static void checkOrdered(String text, List<Span> spans, String what) {
        int last = 0;
        for (Span s : spans) {
            inside(text, s, what);
            assertThat(s.start()).as(what + " ordered and not overlapping at " + s).isGreaterThanOrEqualTo(last);
            last = s.end();
        }
    }

    private static void inside(String text, Span s, String what) {
        assertThat(s.end()).as(what + " " + s + " inside text of length " + text.length()).isLessThanOrEqualTo(text.length());
        assertThat(s.start()).as(what + " start").isGreaterThanOrEqualTo(0);
    }

    private static String describe(String text) {
        String head = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "'" + head.replace('\n', ' ') + "' (" + text.length() + " chars)";
    }
}
