package org.retour.lang;

/**
 * The Unicode properties the scanners ask of a character of the Basic Multilingual Plane, read from
 * tables worked out once from {@link Character}: letter, non-spacing mark, digit, word character and
 * space as the tokenizer's rules define them, and the lower case.
 *
 * <p>Design decision: news text in French, Arabic or German has many characters outside ASCII, and each
 * {@link Character#isLetter} or {@link Character#toLowerCase} on them walks Java's property tables; one
 * byte (and one char) read per character is cheaper. 192 KB, of which a document touches only its
 * scripts' lines. Immutable and thread-safe.
 */
public final class Letters {

    /** {@link Character#isLetter(int)}. */
    public static final int LETTER = 1;
    /** {@link Character#NON_SPACING_MARK} (Arabic vowel signs, combining accents). */
    public static final int MARK = 2;
    /** {@link Character#isDigit(int)}. */
    public static final int DIGIT = 4;
    /** A letter, digit, mark or tatweel: a character inside a word. */
    public static final int WORD = 8;
    /** White space, a space separator or a byte-order mark. */
    public static final int SPACE = 16;

    private static final byte[] CLASSES = new byte[0x10000];
    private static final char[] LOWER = new char[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            CLASSES[c] = (byte) classesByRules(c);
            LOWER[c] = Character.toLowerCase((char) c);
        }
    }

    private Letters() {
    }

    /** The classes of {@code cp} as worked out from {@link Character}, for any code point. */
    static int classesByRules(int cp) {
        int t = Character.getType(cp);
        int k = 0;
        if (Character.isLetter(cp)) {
            k |= LETTER;
        }
        if (t == Character.NON_SPACING_MARK) {
            k |= MARK;
        }
        if (Character.isDigit(cp)) {
            k |= DIGIT;
        }
        if (Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK || cp == 0x0640) {
            k |= WORD;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF) {
            k |= SPACE;
        }
        return k;
    }

    /** The classes ({@link #LETTER}, {@link #MARK}…) of code point {@code cp}. */
    public static int of(int cp) {
        return cp < 0x10000 ? CLASSES[cp] : classesByRules(cp);
    }

    /** Whether {@code c} is a letter. */
    public static boolean isLetter(char c) {
        return (CLASSES[c] & LETTER) != 0;
    }

    /** Whether {@code c} is a letter or a non-spacing mark. */
    public static boolean isLetterOrMark(char c) {
        return (CLASSES[c] & (LETTER | MARK)) != 0;
    }

    /** {@link Character#toLowerCase(char)}. */
    public static char lower(char c) {
        return LOWER[c];
    }
}
