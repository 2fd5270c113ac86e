package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.entity.TokenView;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.segment.RuleTokenizer;

/**
 * Words read into the thread's lent arrays, one document after another, longer and shorter, read as words read
 * into arrays of their own, in French with accents and elisions, Arabic, emoji and other scripts (UTF-16 offsets);
 * and their slices over several ranges hold the words that lie wholly inside those ranges.
 */
class WordArraysTest {

    private static final String[] PIECES = {"la", "Été", "ÉTAT", "straße", "cœur", "naïve", "FUIR", "n", "l", "qu",
        "didn't", "L’État", "aujourd'hui", "d’expansion", "jusqu'à", "a-t-il", "ex-combattant", "والمسلمين", "قَتَلُوا",
        "بالسلاح", "😀", "👍🏽", "𝐀bc", "x\u0301y", "Ωμέγα", "42", "1,200", "U.S.", "exécutés", "fuir", "brutality",
        " ", " ", " ", "\u00A0", ", ", ". ", "'", "’", " « ", " » ", "“", "”", "—", "\n", "?", "؟", "،"};

    private static final Vocabulary VOCABULARY = vocabulary();

    private static Vocabulary vocabulary() {
        Vocabulary v = new Vocabulary();
        StandardCues.patterns().forEach(v::add);
        return v;
    }

    private static void assertSameWords(String text, CueTokens expected, CueTokens actual) {
        assertThat(actual.size()).as(text).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.start(i)).as(text).isEqualTo(expected.start(i));
            assertThat(actual.end(i)).as(text).isEqualTo(expected.end(i));
            assertThat(actual.boundaryBefore(i)).as(text + " @" + i).isEqualTo(expected.boundaryBefore(i));
            assertThat(actual.entryOrNull(i) == null).as(text + " @" + i).isEqualTo(expected.entryOrNull(i) == null);
            assertThat(actual.forms(i)).as(text).containsExactly(expected.forms(i));
        }
    }

    /**
     * That {@code slice} holds the words of {@code all} that lie wholly inside {@code ranges}, in order, each range's
     * first word after a sentence boundary.
     */
    private static void assertSlice(String what, CueTokens all, List<Span> ranges, CueTokens slice) {
        int n = 0;
        for (Span range : ranges) {
            boolean first = true;
            int i = 0;
            while (i < all.size() && all.start(i) < range.start()) {
                i++;
            }
            for (; i < all.size() && all.end(i) <= range.end(); i++, n++) {
                assertThat(n).as(what).isLessThan(slice.size());
                assertThat(slice.start(n)).as(what).isEqualTo(all.start(i));
                assertThat(slice.end(n)).as(what).isEqualTo(all.end(i));
                assertThat(slice.forms(n)).as(what).containsExactly(all.forms(i));
                assertThat(slice.entryOrNull(n) == null).as(what).isEqualTo(all.entryOrNull(i) == null);
                assertThat(slice.boundaryBefore(n)).as(what + " @" + n).isEqualTo(first ? CueTokens.SENTENCE : all.boundaryBefore(i));
                first = false;
            }
        }
        assertThat(slice.size()).as(what).isEqualTo(n);
    }

    /** Sorted ranges of {@code text} that do not overlap, some empty of words, some touching. */
    private static List<Span> randomRanges(Random r, String text) {
        List<Span> out = new ArrayList<>();
        int p = r.nextInt(3);
        while (p < text.length() && out.size() < 4) {
            int end = Math.min(text.length(), p + r.nextInt(30));
            out.add(new Span(p, end));
            p = end + r.nextInt(12);
        }
        return out;
    }

    @Test
    void documentsReadIntoLentArraysReadAsDocumentsReadIntoArraysOfTheirOwn() {
        Random r = new Random(41);
        RuleTokenizer tokenizer = RuleTokenizer.bundled();
        String[] languages = {"fr", "en", "de", "ar"};
        for (int round = 0; round < 1500; round++) {
            StringBuilder b = new StringBuilder(StandardCues.randomText(r, PIECES));
            // now and then a document much longer than the ones before, so that the arrays must grow
            for (int more = round % 50 == 0 ? 20 : 0; more > 0; more--) {
                b.append(". ").append(StandardCues.randomText(r, PIECES));
            }
            String text = b.toString();
            List<Token> tokens = new ArrayList<>();
            tokenizer.tokenize(text, 0, text.length(), languages[round % languages.length], tokens);
            TokenView view = new TokenView(text, tokens);
            CueTokens own = CueTokens.of(text, VOCABULARY);
            try (WordArrays arrays = WordArrays.lend()) {
                assertThat(arrays).isNotNull();
                CueTokens lent = round % 2 == 0 ? TokenFragments.local().read(view, VOCABULARY, arrays)
                        : CueTokens.of(text, VOCABULARY, arrays);
                assertSameWords(text, own, lent);
                List<Span> ranges = randomRanges(r, text);
                assertSlice(text + " " + ranges, own, ranges, lent.slice(ranges));
            }
        }
    }

    @Test
    void arraysLentAreNotLentAgainUntilGivenBack() {
        try (WordArrays arrays = WordArrays.lend()) {
            assertThat(arrays).isNotNull();
            assertThat(arrays.lent()).isTrue();
            assertThat(WordArrays.lend()).isNull();
        }
        try (WordArrays again = WordArrays.lend()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aReadingThatFindsTheArraysLentReadsIntoArraysOfItsOwn() {
        String outer = "Ils exécutaient ceux qui tentaient de fuir.";
        String inner = "والمسلمين قَتَلُوا 😀 l’État";
        try (WordArrays arrays = WordArrays.lend()) {
            CueTokens first = CueTokens.of(outer, VOCABULARY, arrays);
            CueTokens second = CueTokens.of(inner, VOCABULARY, WordArrays.lend());
            assertSameWords(outer, CueTokens.of(outer, VOCABULARY), first);
            assertSameWords(inner, CueTokens.of(inner, VOCABULARY), second);
        }
    }
}
