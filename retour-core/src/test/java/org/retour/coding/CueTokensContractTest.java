package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random texts in several scripts: the one-pass reading of words agrees with folding each word alone. */
class CueTokensContractTest {

    private static final String[] PIECES = {"la", "Été", "ÉTAT", "straße", "Œuvre", "cœur", "naïve", "FUIR", "n", "l",
        "qu", "don", "wasn", "t", "والمسلمين", "قَتَلُوا", "إلى", "مدرسة", "ـ", "😀", "𝐀bc", "x\u0301y", "İstanbul",
        "Ωμέγα", "42", "1,200", "ǅ", "ﬁn", " ", " ", "  ", ", ", ". ", "'", "’", "ʼ", " « ", " » ", "-", "\n", "?"};

    /** The normal form of {@code text[start, end)} folded one code point at a time. */
    private static String foldedAlone(String text, int start, int end) {
        CueCharacters.Chars c = new CueCharacters.Chars();
        for (int p = start; p < end; ) {
            int cp = text.codePointAt(p);
            CueCharacters.appendFolded(c, cp);
            p += Character.charCount(cp);
        }
        return c.toString();
    }

    @Test
    void eachPlainWordIsItsSpanFoldedAloneAndCarriesTheHashOfItsForm() {
        Random r = new Random(11);
        for (int round = 0; round < 3000; round++) {
            String text = StandardCues.randomText(r, PIECES);
            CueTokens t = CueTokens.of(text);
            int last = -1;
            for (int i = 0; i < t.size(); i++) {
                assertThat(t.start(i)).as(text).isGreaterThanOrEqualTo(last);
                assertThat(t.end(i)).as(text).isGreaterThan(t.start(i)).isLessThanOrEqualTo(text.length());
                last = t.end(i);
                WordTable.Word w = t.entry(i);
                assertThat(w.hash).as(text).isEqualTo(w.forms[0].hashCode());
                String span = text.substring(t.start(i), t.end(i));
                if (span.chars().noneMatch(ch -> ch == '\'' || ch == '\u2019' || ch == '\u02BC')) {
                    assertThat(w.forms[0]).as(text).isEqualTo(foldedAlone(text, t.start(i), t.end(i)));
                }
            }
        }
    }

    @Test
    void theBufferHashesWhatItHoldsHoweverItWasFilled() {
        Random r = new Random(5);
        CueCharacters.Chars c = new CueCharacters.Chars();
        for (int round = 0; round < 2000; round++) {
            c.clear();
            String text = StandardCues.randomText(r, PIECES);
            int i = 0;
            while (i < text.length()) {
                int next = c.appendRun(text, i, text.length());
                if (next == i) {
                    int cp = text.codePointAt(i);
                    CueCharacters.appendFolded(c, cp);
                    next = i + Character.charCount(cp);
                }
                i = next;
            }
            assertThat(c.hash).as(text).isEqualTo(c.toString().hashCode());
        }
    }

    @Test
    void elisionsAndNegationsAreWordsOfTheirOwn() {
        CueTokens t = CueTokens.of("L’État n'a pas fui; they didn't.");
        assertThat(t.word(0)).isEqualTo("l'");
        assertThat(t.word(1)).isEqualTo("etat");
        assertThat(t.word(2)).isEqualTo("n'");
        assertThat(t.word(7)).isEqualTo("did");
        assertThat(t.word(8)).isEqualTo("n't");
    }
}
