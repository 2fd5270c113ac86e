package org.retour.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table of lower-case words looked up on ranges of a text. */
class WordTableTest {

    private static final String[] PIECES = {"le", "Les", "DER", "und", "é", "à", "ç", "Ü", "ß", "في", "من", "ال", "و",
        "\u064E", "the", "of", "😀", "\uD83D\uDC4D\uD83C\uDFFD", " ", "-", "’", "İ", "ǅ"};

    @Test
    void aRangeGivesTheValueOfItsLowerCaseWordWithOrWithoutItsHashGiven() {
        Random random = new Random(5);
        Map<String, Integer> entries = new HashMap<>();
        for (int n = 0; n < 300; n++) {
            entries.put(lower(randomText(random, 1 + random.nextInt(3))), 1 + n);
        }
        WordTable table = new WordTable(entries);
        for (int n = 0; n < 3000; n++) {
            String text = randomText(random, 1 + random.nextInt(8));
            int start = random.nextInt(text.length());
            int end = start + random.nextInt(text.length() - start + 1);
            int h = 0;
            StringBuilder lower = new StringBuilder();
            for (int i = start; i < end; i++) {
                h = 31 * h + Character.toLowerCase(text.charAt(i));
                lower.append(Character.toLowerCase(text.charAt(i)));
            }
            int expected = entries.getOrDefault(lower.toString(), 0);
            assertThat(table.get(text, start, end)).as(text + " " + start + " " + end).isEqualTo(expected);
            assertThat(table.get(text, start, end, h)).as(text + " " + start + " " + end).isEqualTo(expected);
        }
    }

    /** The text lower-cased character by character, as the table reads a text. */
    private static String lower(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(Character.toLowerCase(s.charAt(i)));
        }
        return b.toString();
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
