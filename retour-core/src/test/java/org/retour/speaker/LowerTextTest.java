package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A text read in lower case at an offset answers as the whole text lower-cased would. */
class LowerTextTest {

    private static final String[] PIECES = {"Ce Dernier", "celle-ci", "THE LATTER", "Letzterer", "É", "é", "ß",
        "هذا الأخير", "😀", "\uD801\uDC00", "ΟΔΟΣ ", "Σ", "\u0130", "İstanbul", "K", "\u212A", " ", "\u00A0", "’", "a"};
    private static final String[] PHRASES = {"ce dernier", "celle-ci", "the latter", "letzterer", "é", "k", "i",
        "هذا", "a", " ", "ss", "istanbul"};

    @Test
    void readsCapitalsAsLowerCase() {
        LowerText t = new LowerText("« … », Ce Dernier a dit");
        assertThat(t.startsWith("ce dernier", 7)).isTrue();
        assertThat(t.startsWith("ce dernier", 8)).isFalse();
        assertThat(t.startsWith("dit", 20)).isTrue();
        assertThat(t.startsWith("dit", 21)).isFalse();
        assertThat(t.startsWith("a", -1)).isFalse();
        assertThat(t.length()).isEqualTo(23);
    }

    @Test
    void aDottedCapitalIShiftsTheOffsetsAsLowerCasingDoes() {
        LowerText t = new LowerText("\u0130 ce dernier");
        assertThat(t.length()).isEqualTo(13);
        assertThat(t.startsWith("ce dernier", 3)).isTrue();
        assertThat(t.startsWith("ce dernier", 2)).isFalse();
    }

    @Test
    void agreesWithTheWholeTextLowerCasedOnRandomText() {
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            String lower = text.toLowerCase(Locale.ROOT);
            LowerText t = new LowerText(text);
            assertThat(t.length()).isEqualTo(lower.length());
            String phrase = PHRASES[random.nextInt(PHRASES.length)];
            for (int at = -1; at <= lower.length() + 1; at++) {
                assertThat(t.startsWith(phrase, at)).as("%s at %d in [%s]", phrase, at, text)
                        .isEqualTo(lower.startsWith(phrase, at));
            }
        }
    }
}
