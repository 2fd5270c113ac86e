package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.entity.TokenView;
import org.retour.model.Token;
import org.retour.segment.RuleTokenizer;

/**
 * A lookup of a stretch of text in a name table answers as a lookup of the stretch as a string in a map of the
 * same names, on accented French, Arabic and emoji text (UTF-16 offsets, surrogate pairs included).
 */
class NameTableTest {

    private static final String TEXT = "Hélène Dubois 😊 dit. Éric Dubois, عمر الشيشاني et Abu Bakr al-Turki 👋🏽 ; Dubois"
            + " répond à M. Le Bret, قال يزن العبادي, Amira Khoury 🙂.";

    @Test
    void aStretchIsFoundAsItsStringWouldBe() {
        Random random = new Random(11);
        NameTable<Integer> table = new NameTable<>();
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            int a = random.nextInt(TEXT.length());
            int b = a + random.nextInt(Math.min(20, TEXT.length() - a) + 1);
            String key = TEXT.substring(a, b);
            if (random.nextBoolean()) {
                assertThat(table.put(key, i)).isEqualTo(map.put(key, i));
            } else {
                assertThat(table.putIfAbsent(key, i)).isEqualTo(map.putIfAbsent(key, i));
            }
        }
        for (int a = 0; a <= TEXT.length(); a++) {
            for (int b = a; b <= Math.min(TEXT.length(), a + 25); b++) {
                String key = TEXT.substring(a, b);
                assertThat(table.get(TEXT, a, b)).as(key).isEqualTo(map.get(key));
                assertThat(table.get(key)).as(key).isEqualTo(map.get(key));
                assertThat(table.containsKey(key)).as(key).isEqualTo(map.containsKey(key));
            }
        }
    }

    @Test
    void namesOfTheSameHashAreToldApart() {
        NameTable<String> table = new NameTable<>();
        assertThat(table.isEmpty()).isTrue();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        table.put("Aa", "first");
        assertThat(table.isEmpty()).isFalse();
        String text = "x BB Aa y";
        assertThat(table.get(text, 2, 4)).isNull();
        assertThat(table.get(text, 5, 7)).isEqualTo("first");
        table.put("BB", "second");
        assertThat(table.get(text, 2, 4)).isEqualTo("second");
        assertThat(table.get(text, 5, 7)).isEqualTo("first");
        assertThat(table.get(text, 0, 0)).isNull();
    }

    @Test
    void aTokenIsFoundAsItsWrittenFormWouldBe() {
        java.util.List<Token> tokens = RuleTokenizer.bundled().tokenize(TEXT, 0, TEXT.length(), "fr");
        TokenView view = new TokenView(TEXT, tokens);
        NameTable<Integer> table = new NameTable<>();
        for (int k = 0; k < view.size(); k++) {
            assertThat(table.containsToken(view, k)).as(view.surface(k)).isFalse(); // an empty table holds none
        }
        table.put("Dubois", 1);
        table.put("العبادي", 2);
        table.put("Bakr al", 3); // a stretch of several tokens is no token
        table.put("Aa", 4);
        for (int k = 0; k < view.size(); k++) {
            assertThat(table.containsToken(view, k)).as(view.surface(k)).isEqualTo(table.containsKey(view.surface(k)));
        }
        assertThat(java.util.stream.IntStream.range(0, view.size()).filter(k -> table.containsToken(view, k)).count())
                .isEqualTo(4); // "Dubois" three times, "العبادي" once
    }
}
