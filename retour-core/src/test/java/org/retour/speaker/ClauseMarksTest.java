package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The scan for a clause-ending mark on one line answers as the pattern it replaces does. */
class ClauseMarksTest {

    private static final String PATTERN = ".*[.;:!?«»\"“”].*";
    private static final String[] PIECES = {"a", "é", "ß", "ال", "😀", " ", ".", ";", ":", "!", "?", "«", "»", "\"",
        "“", "”", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", ",", "'", "’", "-", "\u00A0", "‹"};

    @Test
    void answersAsThePatternOnRandomTextWithLineTerminators() {
        Random random = new Random(11);
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertThat(ClauseMarks.punctuatedLine(text, from, to)).as("[%s] %d-%d", text, from, to)
                    .isEqualTo(text.substring(from, to).matches(PATTERN));
        }
    }

    @Test
    void aMarkOnOneLineCountsAndALineBreakDoesNot() {
        assertThat(ClauseMarks.punctuatedLine("xx un avocat. qui", 2, 14)).isTrue();
        assertThat(ClauseMarks.punctuatedLine("un avocat genevois", 0, 18)).isFalse();
        assertThat(ClauseMarks.punctuatedLine("un avocat.\nqui", 0, 14)).isFalse();
    }
}
