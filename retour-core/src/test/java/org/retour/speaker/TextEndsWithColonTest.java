package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whether a stretch of text ends with a colon once stripped answers as the stripped copy of the stretch does: on
 * accented French, Arabic, emoji, no-break and em spaces, at any UTF-16 offsets.
 */
class TextEndsWithColonTest {

    private static final String[] PIECES = {"a déclaré", " ", ":", " :", "\u00A0", "\u2003", "\n", "\t", "قال", "😀",
        "\uD83D", "\uDE00", "É", "،", "”", "Il écrit", "\u3000", "\u200B"};

    @Test
    void findsTheColonBehindSpaces() {
        String text = "Il écrit :  \n« … »";
        assertThat(QuoteOffsets.endsWithColon(text, 0, text.indexOf('«'))).isTrue();
        assertThat(QuoteOffsets.endsWithColon(text, 9, 9)).isFalse();
        assertThat(QuoteOffsets.endsWithColon("قال: ", 0, 5)).isTrue();
        assertThat(QuoteOffsets.endsWithColon("😀:\u2003", 0, 4)).isTrue();
    }

    @Test
    void agreesWithTheStrippedCopyOnRandomText() {
        Random random = new Random(41);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    boolean read = QuoteOffsets.endsWithColon(text, from, to);
                    boolean stripped = text.substring(from, to).strip().endsWith(":");
                    if (read != stripped) {
                        assertThat(read).as("[%s] %d %d", text, from, to).isEqualTo(stripped);
                    }
                }
            }
        }
    }
}
