package org.retour.coding;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The characters of cue words: which are word characters, apostrophes or boundaries, and the folded
 * form of each (lower case, accents and Arabic diacritics removed), in tables worked out once.
 *
 * <p>Stateless and thread-safe, except {@link Chars}, a buffer each builder owns.
 */
final class CueCharacters {

    static final String[] FOLD = foldTable();
    /** An ASCII letter or digit, in {@link #ASCII}. */
    static final byte ASCII_WORD = -1;
    /** The ASCII apostrophe, in {@link #ASCII}. */
    static final byte ASCII_APOSTROPHE = -2;
    /** What each ASCII character is: a word character, the apostrophe, or the boundary it makes. */
    static final byte[] ASCII = asciiTable();
    /** The normal form of each word character below U+0700 (empty for marks that are dropped); null for others. */
    static final String[] FOLDED = foldedTable();
    /** In {@link #FOLDED_CHAR}, a word character whose normal form is not one character (ß, œ, a dropped mark). */
    static final char FOLDED_OTHER = '\uFFFF';
    /**
     * The normal form of each character below U+0700 when it is one character, {@link #FOLDED_OTHER} when
     * {@link #FOLDED} has another form for it, 0 when it is no word character. Design decision: a char
     * table beside {@link #FOLDED}, so that the common one-character case reads no String.
     */
    static final char[] FOLDED_CHAR = foldedCharTable();
    /**
     * Per char, one bit: whether it {@link #separates separates} words. Design decision: a table of 8 KB made
     * once, as the reading of a document's words asks it at both edges of every token, and for the typographic
     * quotes and dashes that edge many tokens the answer otherwise takes the character's Unicode class.
     */
    private static final long[] SEPARATORS = separatorTable();

    private CueCharacters() {
    }

    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK
                || cp == 0x0640;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }

    /**
     * Whether {@code c} separates words wherever it stands: no word character, no apostrophe, no half of a
     * surrogate pair; reading it ends the word before it and only raises the boundary pending.
     */
    static boolean separates(char c) {
        return (SEPARATORS[c >>> 6] & 1L << c) != 0;
    }

    /** {@link #separates} worked out from the character's class, for {@link #SEPARATORS}. */
    private static boolean separatesByClass(char c) {
        if (c < 128) {
            return ASCII[c] >= 0;
        }
        if (c < FOLDED_CHAR.length) {
            return FOLDED_CHAR[c] == 0 && c != '\u02BC';
        }
        return !Character.isSurrogate(c) && !isApostrophe(c) && !isWordChar(c);
    }

    static byte boundaryOf(int cp) {
        return switch (cp) {
            case '.', '!', '?', '\u061F', '\n', '\u2029' -> CueTokens.SENTENCE;
            case ',', ';', ':', '\u060C', '\u061B', '(', ')', '[', ']', '«', '»', '"', '\u201C', '\u201D', '\u201E',
                 '\u2039', '\u203A', '\u2013', '\u2014' -> CueTokens.CLAUSE;
            default -> CueTokens.NONE;
        };
    }

    /** Appends the normal form of one code point: lower case, Latin accents folded, Arabic normalised. */
    static void appendFolded(Chars out, int cp) {
        if (cp < 128) {
            out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            return;
        }
        if (cp < 0x0250) {
            String f = FOLD[cp];
            if (f != null) {
                out.append(f);
                return;
            }
        }
        if (cp >= 0x0600 && cp <= 0x06FF) {
            if (org.retour.entity.Fold.arabicMark((char) cp) || cp == 0x0640) {
                return;
            }
            switch (cp) {
                case 0x0623, 0x0625, 0x0622, 0x0671 -> out.append('\u0627');
                case 0x0649 -> out.append('\u064A');
                case 0x0629 -> out.append('\u0647');
                default -> out.append((char) cp);
            }
            return;
        }
        int t = Character.getType(cp);
        if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK) {
            return;
        }
        out.appendCodePoint(Character.toLowerCase(cp));
    }

    private static long[] separatorTable() {
        long[] t = new long[(Character.MAX_VALUE + 1) >>> 6];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (separatesByClass((char) c)) {
                t[c >>> 6] |= 1L << c;
            }
        }
        return t;
    }

    private static byte[] asciiTable() {
        byte[] table = new byte[128];
        for (int c = 0; c < 128; c++) {
            table[c] = isWordChar(c) ? ASCII_WORD : c == '\'' ? ASCII_APOSTROPHE : boundaryOf(c);
        }
        return table;
    }

    private static String[] foldedTable() {
        String[] table = new String[0x0700];
        Chars c = new Chars();
        for (int ch = 0x80; ch < table.length; ch++) {
            if (isWordChar(ch)) {
                c.clear();
                appendFolded(c, ch);
                table[ch] = c.toString();
            }
        }
        return table;
    }

    private static char[] foldedCharTable() {
        char[] table = new char[FOLDED.length];
        for (int ch = 0; ch < table.length; ch++) {
            String f = FOLDED[ch];
            table[ch] = f == null ? 0 : f.length() == 1 ? f.charAt(0) : FOLDED_OTHER;
        }
        return table;
    }

    private static String[] foldTable() {
        String[] table = new String[0x0250];
        for (int c = 0x80; c < 0x0250; c++) {
            String s = String.valueOf((char) c);
            String d = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < d.length(); k++) {
                char ch = d.charAt(k);
                if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                    b.append(Character.toLowerCase(ch));
                }
            }
            table[c] = b.toString();
        }
        table[0xDF] = "ss";
        table[0xE6] = "ae";
        table[0xC6] = "ae";
        table[0x153] = "oe";
        table[0x152] = "oe";
        return table;
    }

    /**
     * A growable buffer of the characters of the word being read, with their {@link String#hashCode} kept
     * as they are appended, so that a word is hashed in the pass that reads it.
     */
    static final class Chars {
        char[] buf = new char[32];
        int len;
        /** The hash code of {@code buf[0, len)}, as {@link String#hashCode} gives it. */
        int hash;

        /** Empties the buffer. */
        void clear() {
            len = 0;
            hash = 0;
        }

        boolean isEmpty() {
            return len == 0;
        }

        void append(char c) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, len * 2);
            }
            buf[len++] = c;
            hash = 31 * hash + c;
        }

        void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i));
            }
        }

        /**
         * Appends the normal form of the run of word characters of {@code text} from {@code i} that
         * {@link #ASCII} or {@link #FOLDED} knows, stopping at {@code to}; returns where the run stops.
         *
         * <p>Design decision: one tight loop over a char array and a local buffer for the bulk of a text's
         * characters, hashing as it goes, instead of a call per character and a second pass to hash.
         */
        int appendRun(String text, int i, int to) {
            char[] b = buf;
            int n = len;
            int h = hash;
            while (i < to) {
                char c = text.charAt(i);
                char f;
                if (c < 128) {
                    if (ASCII[c] != ASCII_WORD) {
                        break;
                    }
                    f = c <= 'Z' && c >= 'A' ? (char) (c + 32) : c;
                } else {
                    f = c < FOLDED_CHAR.length ? FOLDED_CHAR[c] : 0;
                    if (f == 0) {
                        break;
                    }
                    if (f == FOLDED_OTHER) {
                        String more = FOLDED[c];
                        for (int k = 0; k < more.length(); k++) {
                            if (n == b.length) {
                                b = Arrays.copyOf(b, n * 2);
                            }
                            char m = more.charAt(k);
                            b[n++] = m;
                            h = 31 * h + m;
                        }
                        i++;
                        continue;
                    }
                }
                if (n == b.length) {
                    b = Arrays.copyOf(b, n * 2);
                }
                b[n++] = f;
                h = 31 * h + f;
                i++;
            }
            buf = b;
            len = n;
            hash = h;
            return i;
        }

        void appendCodePoint(int cp) {
            if (Character.isBmpCodePoint(cp)) {
                append((char) cp);
            } else {
                append(Character.highSurrogate(cp));
                append(Character.lowSurrogate(cp));
            }
        }

        @Override
        public String toString() {
            return new String(buf, 0, len);
        }
    }
}
