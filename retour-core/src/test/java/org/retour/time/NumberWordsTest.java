package org.retour.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.entity.Fold;
import org.retour.entity.TokenView;
import org.retour.segment.RuleTokenizer;

/** Numbers written in words, compounds included. */
class NumberWordsTest {

    private static Integer value(String word) {
        return NumberWords.bundled().word(Fold.key(word));
    }

    @Test
    void compoundsOfTensAndUnitsAreReadFromTheirParts() {
        assertThat(value("Sixty-one")).isEqualTo(61);
        assertThat(value("vingt-deux")).isEqualTo(22);
        assertThat(value("trente-et-un")).isEqualTo(31);
        assertThat(value("soixante-quinze")).isEqualTo(75);
        assertThat(value("quatre-vingt-douze")).isEqualTo(92);
        assertThat(value("einundzwanzig")).isEqualTo(21);
        assertThat(value("dreiundvierzig")).isEqualTo(43);
    }

    @Test
    void wordsThatOnlyLookLikeCompoundsAreNoNumbers() {
        assertThat(value("sixty-sixty")).isNull();
        assertThat(value("two-thirty")).isNull();
        assertThat(value("Grund")).isNull();
        assertThat(value("rundzwanzig")).isNull();
        assertThat(value("vingt-cent")).isNull();
        assertThat(value("undzwanzig")).isNull();
        assertThat(value("-vingt-deux")).isNull();
        assertThat(value("zwei-und-zwanzig")).isNull();
        assertThat(value("Stunde")).isNull();
    }

    @Test
    void aTokenReadsAsTheNumberWordOfItsKey() {
        String text = "Deux mille Vingt-Deux einundzwanzig Grund trente-et-un 12 of Sixty-one";
        TokenView v = new TokenView(text, RuleTokenizer.bundled().tokenize(text, 0, text.length(), "fr"));
        for (int i = 0; i < v.size(); i++) {
            assertThat(NumberWords.bundled().word(v, i)).as(v.surface(i)).isEqualTo(NumberWords.bundled().word(v.key(i)));
        }
        assertThat(NumberWords.bundled().word(v, 0)).isEqualTo(2);
        assertThat(NumberWords.bundled().word(v, 2)).isEqualTo(22);
    }
}
