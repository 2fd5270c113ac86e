package org.retour.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The lookup key of a word: lower-cased, without diacritics, with one apostrophe and with Arabic
 * letter variants unified, so that "État", "Etat" and "ETAT" or "الإسلامية" and "الاسلامية" meet.
 *
 * <p>Stateless and thread-safe.
 */
public final class Fold {

    private Fold() {
    }

    /** The key of {@code s}. */
    public static String key(CharSequence s) {
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.toString().toLowerCase(Locale.ROOT);
        }
        StringBuilder fast = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\u2019') {
                fast.append('\'');
                continue;
            }
            if (c >= TABLE.length) {
                return slow(s);
            }
            fast.append(TABLE[c]);
        }
        return fast.toString();
    }

    /**
     * Whether {@code c} is folded one character at a time (every character of a word is, so its key is
     * the keys of its characters joined): below the end of the Arabic block, or the typographic apostrophe.
     */
    static boolean foldsAlone(char c) {
        return c < TABLE.length || c == '\u2019';
    }

    /** The key of the character {@code c}, one for which {@link #foldsAlone} holds, in a word that is not all ASCII. */
    static String keyOf(char c) {
        return c == '\u2019' ? "'" : TABLE[c];
    }

    /** The keys of single characters up to the end of the Arabic block, computed once by {@link #slow}. */
    private static final String[] TABLE = new String[0x700];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = Character.isSurrogate(c) ? String.valueOf(c) : slow(String.valueOf(c));
        }
    }

    /** Whether a character is an Arabic vowel or other mark written over a letter (« يسمّون » is « يسمون » without them). */
    public static boolean arabicMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
    }

    private static String slow(CharSequence s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640'
                    || arabicMark(c)) {
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> b.append('\'');
                case '\u2010', '\u2011', '\u2013' -> b.append('-');
                case '\u0623', '\u0625', '\u0622', '\u0671' -> b.append('\u0627');
                case '\u0649' -> b.append('\u064A');
                case '\u0629' -> b.append('\u0647');
                case '\u00DF' -> b.append("ss");
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Whether {@code s} begins with an upper-case letter or with a letter of a script without case. */
    public static boolean isCapitalised(CharSequence s) {
        if (s.isEmpty()) {
            return false;
        }
        return isCapitalised(Character.codePointAt(s, 0));
    }

    /** Whether {@code cp} is an upper-case letter or a letter of a script without case. */
    static boolean isCapitalised(int cp) {
        return Character.isUpperCase(cp) || Character.isTitleCase(cp)
                || (Character.isLetter(cp) && !Character.isLowerCase(cp) && Character.toUpperCase(cp) == cp
                && Character.toLowerCase(cp) == cp);
    }

    /** Whether {@code cp} is a letter of the Arabic script. */
    public static boolean isArabic(int cp) {
        if (cp < 0x0600 || cp > 0x06FF && cp < 0x0750 || cp > 0x1EEFF) {
            return false;
        }
        if (cp < 0x0600 + ARABIC_BLOCK.length) {
            return ARABIC_BLOCK[cp - 0x0600];
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    /** Whether each code point from U+0600 to U+06FF is of the Arabic script, looked up once. */
    private static final boolean[] ARABIC_BLOCK = new boolean[0x100];

    static {
        for (int i = 0; i < ARABIC_BLOCK.length; i++) {
            ARABIC_BLOCK[i] = Character.UnicodeScript.of(0x0600 + i) == Character.UnicodeScript.ARABIC;
        }
    }
}
