package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two roles share a noun when a word of one, or a base form of it, is a word or base form of the other. */
class SharedNounTest {

    private static final List<String> WORDS = List.of("avocat", "avocate", "l'avocate", "lawyer", "lawyers",
            "the", "procureure", "procureur", "chercheuses", "chercheur", "Sprecherinnen", "Sprecher", "Beamten",
            "Beamte", "women", "woman", "والمحامي", "المحامي", "الباحثون", "الباحث", "der", "un", "ancien",
            "coordinatrice", "coordinateur", "policemen", "policeman", "mère", "son", "fils");

    /** The comparison word by word, as the definition says. */
    private static boolean byDefinition(String a, String b, String lang) {
        Set<String> left = new HashSet<>();
        for (String w : RoleWords.of(a.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 4) {
                left.add(w);
                left.addAll(Inflection.stems(w, lang));
            }
        }
        for (String w : RoleWords.of(b.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 4 && (left.contains(w) || Inflection.stems(w, lang).stream().anyMatch(left::contains))) {
                return true;
            }
        }
        return false;
    }

    private static String role(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(3); k >= 0; k--) {
            sb.append(k < 2 && random.nextInt(4) == 0 ? ", " : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return sb.toString().strip();
    }

    @Test
    void agreesWithTheWordByWordDefinitionOnRandomRoles() {
        Random random = new Random(11);
        String[] langs = {"fr", "en", "de", "ar"};
        int shared = 0;
        for (int i = 0; i < 20_000; i++) {
            String a = role(random);
            String b = role(random);
            String lang = langs[random.nextInt(langs.length)];
            boolean expected = byDefinition(a, b, lang);
            assertThat(Inflection.shareNoun(a, b, lang)).as("%s / %s (%s)", a, b, lang).isEqualTo(expected);
            shared += expected ? 1 : 0;
        }
        assertThat(shared).isBetween(1000, 19_000);
    }

    @Test
    void inflectedFormsShareTheirNoun() {
        assertThat(Inflection.shareNoun("avocat", "l'avocate", "fr")).isTrue();
        assertThat(Inflection.shareNoun("the lawyers", "lawyer", "en")).isTrue();
        assertThat(Inflection.shareNoun("the lawyer", "the judge", "en")).isFalse();
        assertThat(Inflection.shareNoun(null, "the judge", "en")).isFalse();
    }

    @Test
    void firstWordEndsAtTheFirstWhiteSpace() {
        Random random = new Random(3);
        String alphabet = "ab \t\n\u000B\f\r\u00A0é";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(IntroducedDescriptions.firstWord(s)).as("[%s]", s).isEqualTo(s.split("\\s+", 2)[0]);
        }
    }
}
