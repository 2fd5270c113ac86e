package org.retour.person;

/**
 * An age in figures set between commas after a name and before a description in apposition to it ("Nadia Mir,
 * 34, a pharmacist", "Tariq, 61, a retired bus driver", "Anna Weber, 40, eine Lehrerin"): the description still
 * stands in apposition to the name, the age aside.
 *
 * <p>Read in place, without a regular expression. Stateless and thread-safe.
 */
public final class AgedAppositions {

    /** The most characters from a name's end to a description past an age (", 104, "). */
    static final int GAP = 8;

    private AgedAppositions() {
    }

    /**
     * Whether {@code text[from, to)} is a comma, spaces, an age of one to three digits, a comma and spaces: what
     * stands between a name ending at {@code from} and a description starting at {@code to} in "Nadia Mir, 34, a
     * pharmacist".
     */
    static boolean between(String text, int from, int to) {
        int i = from;
        if (i >= to || text.charAt(i) != ',') {
            return false;
        }
        i = spaces(text, i + 1, to);
        int digits = i;
        while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i - digits < 1 || i - digits > 3 || i >= to || text.charAt(i) != ',') {
            return false;
        }
        int end = spaces(text, i + 1, to);
        return end == to && end > i + 1;
    }

    /**
     * Whether a description starting at {@code start} follows an age between commas right after a word ("Hiba,
     * 31, a nurse"): news gives an age to the private persons it portrays, so the trade after it tells who they
     * are in private life, not the capacity in which they speak, as "Dominic Farrell, a lawyer" does.
     */
    public static boolean pastAge(String text, int start) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0')) {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) != ',') {
            return false;
        }
        int digitsEnd = --i;
        while (i > 0 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
            i--;
        }
        if (digitsEnd - i < 1 || digitsEnd - i > 3) {
            return false;
        }
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00a0')) {
            i--;
        }
        return i >= 2 && text.charAt(i - 1) == ',' && Character.isLetter(text.charAt(i - 2))
                && between(text, i - 1, start);
    }

    /** The offset past the spaces at {@code i}, at most {@code to}. */
    private static int spaces(String text, int i, int to) {
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i;
    }
}
