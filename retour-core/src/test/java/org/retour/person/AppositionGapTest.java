package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What stands between a name and a description in apposition is read character by character, and answers as
 * the regular expressions it stands for (a comma or none then spaces; titles between a description and the
 * name after it), on accented French, Arabic and emoji text and at UTF-16 offsets past surrogate pairs.
 */
class AppositionGapTest {

    private static final String[] TEXTS = {
        "Le juge, Mme la présidente Hélène Dubois, a dit. Sa sœur aînée, Leïla 😊 ,\t\n la juge\u00a0X",
        "The judge, Mrs Justice Harriet Langley , the 25-year-old, Tariq Hamdan 👋🏽 said, the colonel  Sofiane ",
        "المتهم، يزن العبادي ، قال  ،\u000B\f\r إن",
        "Son porte-parole, le colonel Sofiane Zaag, l’avocat Me  X. D. , , ",
        "Sa sœur aînée, le sénateur Bernard Fagot, la juge-adjointe Ève Dœ , the nurse l'avocate Ǆ ʰ 𝐀 𝐚 X.Y. Z ",
    };

    /** Pieces the random gaps are made of: spaces, commas, articles, words of every case, surrogate pairs. */
    private static final String[] PIECES = {
        " ", "  ", "\t", "\n", "\u00a0", ",", "\u060C", "le", "la", "the", "l'", "l\u2019", "les", "lé", "a", "soeur",
        "é", "B", "Éva", "X.", ".", "-", "ß", "1", "ǅ", "ʰ", "\uD835\uDC00", "\uD835\uDC1A", "\uD835", "\uDC1A", "The", "L'",
    };

    @Test
    void commaAndSpacesAnswerAsTheExpression() {
        int matched = 0;
        for (String text : TEXTS) {
            for (int from = 0; from < text.length(); from++) {
                for (int to = from; to <= Math.min(text.length(), from + 4); to++) {
                    boolean expected = DescriptionNames.APPOSED.matcher(text.substring(from, to)).matches();
                    assertThat(DescriptionNames.apposed(text, from, to)).as("[%d, %d) of %s", from, to, text)
                            .isEqualTo(expected);
                    matched += expected ? 1 : 0;
                }
            }
        }
        assertThat(matched).isGreaterThan(50);
    }

    @Test
    void titlesBetweenAnswerAsTheExpression() {
        int matched = 0;
        for (String text : TEXTS) {
            for (int from = 0; from < text.length(); from++) {
                for (int to = from + 1; to <= Math.min(text.length(), from + DescriptionNames.APPOSITION_AFTER); to++) {
                    boolean expected = DescriptionNames.TITLES_BETWEEN.matcher(text.substring(from, to)).matches();
                    assertThat(DescriptionNames.titlesBetween(text, from, to)).as("[%d, %d) of %s", from, to, text)
                            .isEqualTo(expected);
                    matched += expected ? 1 : 0;
                }
            }
        }
        assertThat(matched).isGreaterThan(50);
    }

    @Test
    void titlesAnswerAsTheExpression() {
        Pattern titles = Pattern.compile(DescriptionNames.TITLES);
        int matched = 0;
        for (String text : TEXTS) {
            for (int from = 0; from < text.length(); from++) {
                for (int to = from; to <= Math.min(text.length(), from + DescriptionNames.APPOSITION_AFTER); to++) {
                    boolean expected = titles.matcher(text.substring(from, to)).matches();
                    assertThat(TitleGaps.titles(text, from, to)).as("[%d, %d) of %s", from, to, text)
                            .isEqualTo(expected);
                    matched += expected ? 1 : 0;
                }
            }
        }
        assertThat(matched).isGreaterThan(50);
    }

    @Test
    void randomGapsAnswerAsTheExpressions() {
        Pattern titles = Pattern.compile(DescriptionNames.TITLES);
        Random random = new Random(7);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k >= 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = "x" + b + "y";
            int to = text.length() - 1 - random.nextInt(2);
            String gap = text.substring(1, to);
            boolean between = DescriptionNames.TITLES_BETWEEN.matcher(gap).matches();
            assertThat(TitleGaps.between(text, 1, to)).as("between %s", gap).isEqualTo(between);
            assertThat(TitleGaps.titles(text, 1, to)).as("titles %s", gap).isEqualTo(titles.matcher(gap).matches());
            matched += between ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(1000);
    }
}
