package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A role, description or name splits into the words a regular expression of separators would cut it into. */
class SplitWordsTest {

    private static final String[] PIECES = {"l", "'", "’", "auteur", "Procureure", "é", " ", "  ", "\t", "\n", ",",
        "\u00A0", "\u2009", "İ", "Ça", "-", "ß", "😀"};

    @Test
    void countsAndReadsTheLastWordOfADescription() {
        assertThat(SplitWords.count("la procureure générale", SplitWords.SPACES)).isEqualTo(3);
        assertThat(SplitWords.last("la procureure générale", SplitWords.SPACES)).isEqualTo("générale");
        assertThat(SplitWords.count("l'éducatrice", SplitWords.ELISIONS)).isEqualTo(2);
        assertThat(SplitWords.last("l’éducatrice", SplitWords.ELISIONS)).isEqualTo("éducatrice");
        assertThat(SplitWords.count("l'éducatrice", SplitWords.SPACES)).isEqualTo(1);
        assertThat(SplitWords.last("mère ", SplitWords.SPACES)).isEqualTo("mère");
    }

    @Test
    void anOpeningSeparatorGivesAnEmptyFirstWordAndSeparatorsAloneNone() {
        assertThat(SplitWords.count("'été", SplitWords.ELISIONS)).isEqualTo(2);
        assertThat(SplitWords.count("", SplitWords.SPACES)).isEqualTo(1);
        assertThat(SplitWords.last("", SplitWords.SPACES)).isEmpty();
        assertThat(SplitWords.count(" , ", SplitWords.COMMAS)).isZero();
        assertThat(SplitWords.last(" , ", SplitWords.COMMAS)).isNull();
    }

    @Test
    void agreesWithThePatternSplitOnRandomText() {
        Random random = new Random(23);
        String[] extras = {SplitWords.SPACES, SplitWords.ELISIONS, SplitWords.COMMAS};
        Pattern[] patterns = {Pattern.compile("\\s+"), Pattern.compile("[\\s'’]+"), Pattern.compile("[\\s,]+")};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            for (int p = 0; p < patterns.length; p++) {
                String[] words = patterns[p].split(s);
                assertThat(SplitWords.count(s, extras[p])).as("[%s] by %s", s, patterns[p]).isEqualTo(words.length);
                assertThat(SplitWords.last(s, extras[p])).as("[%s] by %s", s, patterns[p])
                        .isEqualTo(words.length == 0 ? null : words[words.length - 1]);
            }
        }
    }

    @Test
    void aWordIsFoundOnlyWhereTheSplitGivesIt() {
        assertThat(SplitWords.hasWord("Maryam Hussain", "Maryam", SplitWords.SPACES)).isTrue();
        assertThat(SplitWords.hasWord("Abu  Hamza\tal-Masri", "Hamza", SplitWords.SPACES)).isTrue();
        assertThat(SplitWords.hasWord("Maryamina Hussain", "Maryam", SplitWords.SPACES)).isFalse();
        assertThat(SplitWords.hasWord("Hussain-Maryam", "Maryam", SplitWords.SPACES)).isFalse();
        Random random = new Random(11);
        String letters = "ab ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            String word = random.nextBoolean() ? "a" : "ab";
            boolean split = java.util.Arrays.asList(Pattern.compile("\\s+").split(b.toString())).contains(word);
            assertThat(SplitWords.hasWord(b.toString(), word, SplitWords.SPACES)).as(b.toString()).isEqualTo(split);
        }
    }
}
