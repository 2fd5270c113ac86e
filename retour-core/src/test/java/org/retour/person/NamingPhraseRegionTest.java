package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A naming phrase is found in a stretch of the text as in a copy of that stretch. */
class NamingPhraseRegionTest {

    private static final NamingPhrases PHRASES = NamingPhrases.bundled();
    private static final String[] PIECES = {"identified only as", "Identified As", "GENANNT", "prénommé", "Prénommée",
        "connu sous le nom d'", "يدعى", "known as", " ", ", ", "\n", "«", "é", "\u0130", "Σ", "😀", "x", "who", "as "};

    @Test
    void findsThePhraseBeforeTheName() {
        String text = "The woman, identified only as Ilse B.";
        assertThat(PHRASES.introducesName(text, 9, 30, "en")).isTrue();
        assertThat(PHRASES.introducesName(text, 9, 24, "en")).isFalse();
        assertThat(PHRASES.introducesName("un homme, prénommé Karim", 8, 19, "fr")).isTrue();
    }

    @Test
    void wireHabitsOfGivingOnlyAFirstNameIntroduceIt() {
        String en = "A Canadian, who would give only his first name, Omar";
        assertThat(PHRASES.introducesName(en, 10, en.indexOf("Omar"), "en")).isTrue();
        String fr = "Un ancien combattant, qui n'a souhaité donner que son prénom, Walid";
        assertThat(PHRASES.introducesName(fr, 20, fr.indexOf("Walid"), "fr")).isTrue();
        String go = "A former fighter who goes by Abu Talha";
        assertThat(PHRASES.introducesName(go, 16, go.indexOf("Abu"), "en")).isTrue();
    }

    @Test
    void agreesWithTheCopiedStretchOnRandomText() {
        Random random = new Random(31);
        String[] langs = {"fr", "en", "de", "ar", "xx"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            String lang = langs[random.nextInt(langs.length)];
            assertThat(PHRASES.introducesName(text, from, to, lang)).as("[%s] %d-%d %s", text, from, to, lang)
                    .isEqualTo(PHRASES.introducesName(text.substring(from, to), lang));
        }
    }
}
