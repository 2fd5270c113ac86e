package org.retour.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sentence boundaries are those of ICU's root sentence iterator, on any text. */
class SentenceBreaksTest {

    private static final String[] PARTS = {"Il a dit", "le", "Etat", "U.S.", "J.-C.", "etc.", ".", "...", "…", "!", "?",
        "?!", "؟", " ", "  ", "\u00A0", "\u202F", "\n", "\r\n", "\r", "\u2029", "\u0085", "(", ")", "«", "»", "“", "”",
        "\"", "'", "’", ",", ";", ":", "-", "—", "2016", "3.5", "a", "B", "élève", "Über", "قال", "الدولة", "۔",
        "\u064E", "\u0301", "\u200D", "\u200B", "\uFEFF", "\u00AD", "😀", "👍🏽", "𝐀", "日本", "。", "ǅ", "Ⅻ", "ß", "ﻻ",
        "%", "$", "[", "]", "{", "}", "‹", "›", "„", "‚", "¿", "¡", "\t", "\u000B", "\f", "\uD800", "\uDC00"};

    private static List<Integer> icu(String text) {
        BreakIterator bi = BreakIterator.getSentenceInstance(ULocale.ROOT);
        bi.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = bi.next(); b != BreakIterator.DONE; b = bi.next()) {
            out.add(b);
        }
        return out;
    }

    private static List<Integer> ours(String text) {
        List<Integer> out = new ArrayList<>();
        SentenceBreaks.boundaries(text, out::add);
        return out;
    }

    @Test
    void randomTextInEveryScriptBreaksWhereIcuBreaks() {
        Random random = new Random(29);
        for (int n = 0; n < 30000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(16); k > 0; k--) {
                b.append(PARTS[random.nextInt(PARTS.length)]);
                if (random.nextInt(3) == 0) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            assertThat(ours(text)).as("%s", text.codePoints().mapToObj(c -> String.format("%04X", c)).toList())
                    .isEqualTo(icu(text));
        }
    }

    @Test
    void everyCharacterAfterATerminatorBreaksWhereIcuBreaks() {
        for (int c = 0; c < 0x10000; c += 1) {
            for (String around : new String[] {"Ab.%s x", "ab. %s", "Fin! %sB", "A.)%s", "x.%s1", "x.%s\u0301a"}) {
                String text = String.format(around, String.valueOf((char) c));
                assertThat(ours(text)).as("U+%04X in %s", c, around).isEqualTo(icu(text));
            }
        }
    }

    @Test
    void theDevelopmentArticlesBreakWhereIcuBreaks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "gold", "dev"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f);
                assertThat(ours(text)).as(f.toString()).isEqualTo(icu(text));
            }
        }
        assertThat(ours("")).isEmpty();
        assertThat(ours("Il est parti. Il revient.\n\nFin")).containsExactly(14, 26, 27, 30);
    }
}
