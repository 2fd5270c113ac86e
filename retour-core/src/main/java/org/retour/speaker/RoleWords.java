package org.retour.speaker;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a role or a name as voices and roles compare them: runs of letters, digits, marks and hyphens.
 *
 * <p>Stateless and thread-safe.
 */
final class RoleWords {

    private RoleWords() {
    }

    /** The runs of letters, digits, marks and hyphens of {@code s}, in order. */
    static List<String> of(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (wordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** Whether a code point is a letter, number, mark or hyphen ({@code [\p{L}\p{N}\p{M}-]}). */
    private static boolean wordChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '-';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /**
     * The words of a role or description as context signals read them: runs between white space and commas
     * ({@code [\s,]+}), elisions kept ("l'accusé").
     */
    static List<String> spaced(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean sep = c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!sep && start < 0) {
                start = i;
            } else if (sep && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }
}
