package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

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
}
