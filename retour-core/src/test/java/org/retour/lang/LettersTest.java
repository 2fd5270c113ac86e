package org.retour.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LettersTest {

    @Test
    void everyCharacterOfTheBasicPlaneHasTheClassesAndLowerCaseOfJava() {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            assertThat(Letters.isLetter(ch)).as("letter U+%04X", c).isEqualTo(Character.isLetter(ch));
            assertThat(Letters.isLetterOrMark(ch)).as("letter or mark U+%04X", c)
                    .isEqualTo(Character.isLetter(ch) || Character.getType(ch) == Character.NON_SPACING_MARK);
            assertThat((Letters.of(c) & Letters.DIGIT) != 0).as("digit U+%04X", c).isEqualTo(Character.isDigit(ch));
            assertThat(Letters.lower(ch)).as("lower U+%04X", c).isEqualTo(Character.toLowerCase(ch));
        }
    }

    @Test
    void charactersBeyondTheBasicPlaneAreClassedByTheRules() {
        assertThat(Letters.of(0x1D400) & Letters.LETTER).isNotZero(); // mathematical bold A
        assertThat(Letters.of(0x1F600) & (Letters.LETTER | Letters.WORD)).isZero(); // emoji
        assertThat(Letters.of(0x20000) & Letters.WORD).isNotZero(); // CJK extension B
    }
}
