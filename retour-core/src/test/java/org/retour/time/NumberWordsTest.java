package org.retour.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.entity.Fold;

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
    }
}
