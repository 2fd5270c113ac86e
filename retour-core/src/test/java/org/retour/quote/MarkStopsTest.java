package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkStopsTest {

    private static boolean read(char c) {
        return c == '\n' || MarkQuoteExtractor.isDash(c) || MarkQuoteExtractor.isMark(c);
    }

    @Test
    void theStopsAreTheLineBreakTheDashesAndEveryMark() {
        String stops = new String(MarkStops.STOPS);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(stops.indexOf(c) >= 0).as("U+%04X", (int) c).isEqualTo(read(c));
        }
    }

    @Test
    void eachStopIsTheFirstCharacterTheScanReadsFromThere() {
        String alphabet = "ab \n«»\"'’“”„–—éال.";
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            MarkStops stops = new MarkStops(text);
            for (int i = 0; i <= text.length() + 1; i += 1 + random.nextInt(3)) {
                int expected = i;
                while (expected < text.length() && !read(text.charAt(expected))) {
                    expected++;
                }
                assertThat(stops.from(i)).isEqualTo(Math.min(expected, text.length()));
            }
        }
    }
}
