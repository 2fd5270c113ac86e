package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bounded look-back for a phrase standing for the person mentioned last finds what the whole text's
 * last occurrence before the cue gives, whenever that occurrence is near enough to count.
 */
class LatterPhraseSearchTest {

    private static final String[] PIECES = {"ce dernier", "CE DERNIER", "Celui-ci", "the latter", " ", "  ", ",", "a dit", "é",
        "\u0130", "Σ", "\uD801\uDC00",
        "dernière", "ce", "هذا الأخير", "😀", "\u00A0", "x", "said", "letzterer"};
    private static final String[] PHRASES = {"ce dernier", "celui-ci", "the latter", "هذا الأخير", "x"};

    @Test
    void findsTheLastOccurrenceStartingCloseBeforeTheCue() {
        assertThat(LatterSpeakers.lastStartWithin(new LowerText("« … », Ce Dernier a dit"), "ce dernier", 18)).isEqualTo(7);
        assertThat(LatterSpeakers.lastStartWithin(new LowerText("ce dernier, puis bien plus loin encore a dit"), "ce dernier", 38))
                .isEqualTo(-1);
        assertThat(LatterSpeakers.lastStartWithin(new LowerText(""), "ce dernier", 0)).isEqualTo(-1);
    }

    @Test
    void agreesWithLastIndexOfOnRandomText() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            String phrase = PHRASES[random.nextInt(PHRASES.length)];
            int cueStart = random.nextInt(text.length() + 1);
            int last = text.toLowerCase(java.util.Locale.ROOT).lastIndexOf(phrase, cueStart);
            int expected = last >= 0 && cueStart - last - phrase.length() <= 12 ? last : -1;
            int found = LatterSpeakers.lastStartWithin(new LowerText(text), phrase, cueStart);
            assertThat(found).as("%s in [%s] before %d", phrase, text, cueStart).isEqualTo(expected);
        }
    }
}
