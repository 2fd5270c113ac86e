package org.retour.person;

/**
 * A reader of the titles that may stand between a description and the name after it, answering as the
 * regular expressions {@link DescriptionNames#TITLES} and {@link DescriptionNames#TITLES_BETWEEN} do when they
 * must match a stretch of text whole, without copying the text nor running the expressions.
 *
 * <p>Design decision: every description is tried against every name within reach after it, so the expressions
 * ran on a copy of each gap. They admit one reading at each step, so one pass reads them: a comma, if
 * any, closes the lower-case words before it (the titles hold none); after spaces, a lower-case letter
 * opens the article and title ("le colonel"), an upper-case one the capitalised titles. Letters are read by
 * code point and by Unicode category, as the expressions read {@code \p{Ll}}, {@code \p{Lu}} and
 * {@code \p{L}}; {@code \s} is the six ASCII spaces. {@code AppositionGapTest} holds the two to the same
 * answers. Stateless and thread-safe.
 */
final class TitleGaps {

    /** The most lower-case words before the comma of {@link DescriptionNames#TITLES_BETWEEN}. */
    private static final int WORDS_BEFORE_COMMA = 2;
    /** The most capitalised titles of {@link DescriptionNames#TITLES}. */
    private static final int CAPITALISED = 3;

    private TitleGaps() {
    }

    /** Whether {@link DescriptionNames#TITLES_BETWEEN} matches {@code text[from, to)} whole. */
    static boolean between(String text, int from, int to) {
        int comma = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u060C') {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return titles(text, from, to); // the titles hold no comma: the words before one are not there
        }
        // (?:\s+\p{Ll}+){0,2} up to the comma
        int i = from;
        for (int words = 0; i < comma; words++) {
            if (words == WORDS_BEFORE_COMMA) {
                return false;
            }
            int spaces = skipSpaces(text, i, comma);
            int letters = skip(text, spaces, comma, Character.LOWERCASE_LETTER);
            if (spaces == i || letters == spaces) {
                return false;
            }
            i = letters;
        }
        return titles(text, comma + 1, to);
    }

    /** Whether {@link DescriptionNames#TITLES} matches {@code text[from, to)} whole. */
    static boolean titles(String text, int from, int to) {
        int i = skipSpaces(text, from, to);
        if (i == from) {
            return false; // both the article's title and the capitalised ones open with spaces
        }
        if (i < to && Character.getType(codePoint(text, i, to)) == Character.LOWERCASE_LETTER) {
            // \s+(?:le|la|the)\s+\p{Ll}[\p{L}-]* or \s+l['’]\p{Ll}[\p{L}-]*, then \s+ before the capitalised titles
            int word;
            if (to - i >= 2 && (text.startsWith("le", i) || text.startsWith("la", i))
                    || to - i >= 3 && text.startsWith("the", i)) {
                int article = i + (text.charAt(i) == 't' ? 3 : 2);
                word = skipSpaces(text, article, to);
                if (word == article) {
                    return false;
                }
            } else if (to - i >= 2 && (text.startsWith("l'", i) || text.startsWith("l\u2019", i))) {
                word = i + 2;
            } else {
                return false;
            }
            if (word >= to || Character.getType(codePoint(text, word, to)) != Character.LOWERCASE_LETTER) {
                return false;
            }
            int end = skipLettersOr(text, word + Character.charCount(codePoint(text, word, to)), to, '-');
            i = skipSpaces(text, end, to);
            if (i == end) {
                return false;
            }
        }
        // (?:\p{Lu}[\p{L}.]*\s+){0,3}
        for (int titles = 0; i < to; titles++) {
            int first = codePoint(text, i, to);
            if (titles == CAPITALISED || Character.getType(first) != Character.UPPERCASE_LETTER) {
                return false;
            }
            int end = skipLettersOr(text, i + Character.charCount(first), to, '.');
            i = skipSpaces(text, end, to);
            if (i == end) {
                return false;
            }
        }
        return true;
    }

    /** The first offset at or after {@code i} (before {@code to}) that is no space ({@code \s}), or {@code to}. */
    private static int skipSpaces(String text, int i, int to) {
        while (i < to && space(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first offset at or after {@code i} (before {@code to}) whose code point is not of {@code type}, or {@code to}. */
    private static int skip(String text, int i, int to, int type) {
        while (i < to) {
            int cp = codePoint(text, i, to);
            if (Character.getType(cp) != type) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The first offset at or after {@code i} (before {@code to}) that is neither a letter nor {@code also}, or {@code to}. */
    private static int skipLettersOr(String text, int i, int to, char also) {
        while (i < to) {
            int cp = codePoint(text, i, to);
            if (cp != also && !Character.isLetter(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * The code point at {@code i} of {@code text[.., to)}: a surrogate pair that {@code to} cuts is its high
     * surrogate alone, as in a copy of the stretch.
     */
    private static int codePoint(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return c;
    }

    /** Whether {@code c} is a space as regular expressions mean it ({@code \s}). */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
