package org.retour.speaker;

/**
 * The words a short string (a role, a description, a name) splits into at runs of separators, read without a
 * regular expression: what {@code Pattern.compile("[\\s" + extra + "]+").split(s)} gives, where {@code \s} is
 * ASCII white space and {@code extra} lists the other separators (« l'auteur » by {@code "'’"}).
 *
 * <p>As {@code Pattern.split} does, a string that opens with separators gives an empty first word, trailing
 * separators give none, an empty string gives one empty word and a string of separators only gives none.
 *
 * <p>Design decision: the rules that read a speaking description split it, and the names before it, once per
 * quote; a regular expression made a matcher, a list and an array each time for two or three words. Stateless and
 * thread-safe.
 */
final class SplitWords {

    /** No separator but white space ({@code \s+}). */
    static final String SPACES = "";
    /** White space and an elision's apostrophe ({@code [\s'’]+}). */
    static final String ELISIONS = "'’";
    /** White space and commas ({@code [\s,]+}). */
    static final String COMMAS = ",";

    private SplitWords() {
    }

    /** Whether {@code c} is ASCII white space or one of {@code extra}. */
    static boolean separator(char c, String extra) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || !extra.isEmpty() && extra.indexOf(c) >= 0;
    }

    /** Whether {@code word} (not empty, without separators) is one of the words {@code s} splits into. */
    static boolean hasWord(String s, String word, String extra) {
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || separator(s.charAt(i - 1), extra)) && (end == s.length() || separator(s.charAt(end), extra))) {
                return true;
            }
        }
        return false;
    }

    /** How many words {@code s} splits into. */
    static int count(String s, String extra) {
        if (s.isEmpty()) {
            return 1;
        }
        int runs = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean sep = separator(s.charAt(i), extra);
            if (!sep && !in) {
                runs++;
            }
            in = !sep;
        }
        return runs == 0 ? 0 : separator(s.charAt(0), extra) ? runs + 1 : runs;
    }

    /** The last word {@code s} splits into, or null when it splits into none. */
    static String last(String s, String extra) {
        int end = s.length();
        while (end > 0 && separator(s.charAt(end - 1), extra)) {
            end--;
        }
        if (end == 0) {
            return s.isEmpty() ? "" : null;
        }
        int start = end;
        while (start > 0 && !separator(s.charAt(start - 1), extra)) {
            start--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }
}
