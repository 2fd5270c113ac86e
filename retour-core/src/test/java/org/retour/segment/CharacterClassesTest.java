package org.retour.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterClassesTest {

    @Test
    void theTokenizerClassesCharactersAsTheUnicodeRulesDo() {
        for (int cp = 0; cp < 0x11000; cp++) {
            int t = Character.getType(cp);
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
            boolean word = Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK
                    || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK || cp == 0x0640;
            assertThat(RuleTokenizer.isSpace(cp)).as("space U+%04X", cp).isEqualTo(space);
            assertThat(RuleTokenizer.isWordChar(cp)).as("word U+%04X", cp).isEqualTo(word);
        }
        for (int cp : new int[] {0x1F600, 0x1F1EB, 0x1D400, 0x20000, 0xE0020}) {
            boolean word = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
            assertThat(RuleTokenizer.isWordChar(cp)).as("word U+%04X", cp).isEqualTo(word);
        }
    }
}
