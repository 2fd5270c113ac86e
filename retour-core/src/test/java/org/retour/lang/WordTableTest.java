package org.retour.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTableTest {

    @Test
    void theHashTakenWhileScanningFindsWhatALookupOfTheRangeFinds() {
        Map<String, Integer> entries = new HashMap<>();
        String[] words = {"the", "les", "und", "في", "это", "de", "à", "über"};
        for (int i = 0; i < words.length; i++) {
            entries.put(words[i], i + 1);
        }
        WordTable table = new WordTable(entries);
        Random random = new Random(7);
        String letters = "theLESundÜBERàdeфиэтоA";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(7);
            for (int k = 0; k < length; k++) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            String text = random.nextBoolean() ? b.toString() : words[random.nextInt(words.length)].toUpperCase();
            int h = 0;
            for (int k = 0; k < text.length(); k++) {
                h = WordTable.step(h, text.charAt(k));
            }
            assertThat(table.get(text.toCharArray(), 0, text.length(), h)).isEqualTo(table.get(text, 0, text.length()));
        }
        assertThat(table.get("UND", 0, 3)).isEqualTo(3);
    }
}
