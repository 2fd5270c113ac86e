package org.retour.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retour.lang.Letters;
import org.retour.model.Token;

/**
 * Tokenizes by character classes with the rules news text needs: elisions split off ("l'" + "EIIL"),
 * hyphenated and apostrophised words kept whole ("a-t-il", "aujourd'hui", "King's"), numbers with
 * separators ("1,200", "1 200", "3.5"), abbreviations and initials with their period ("M.", "U.S."),
 * and emoji sequences as one symbol.
 *
 * <p>Thread-safe and linear in the text.
 */
public final class RuleTokenizer implements Tokenizer {

    private final Elisions elisions;
    private final Abbreviations abbreviations;

    public RuleTokenizer(Elisions elisions, Abbreviations abbreviations) {
        this.elisions = elisions;
        this.abbreviations = abbreviations;
    }

    /** A tokenizer with the bundled lists. */
    public static RuleTokenizer bundled() {
        return new RuleTokenizer(Elisions.bundled(), Abbreviations.bundled());
    }

    @Override
    public List<Token> tokenize(String text, int start, int end, String language) {
        List<Token> out = new ArrayList<>();
        tokenize(text, start, end, language, out);
        return out;
    }

    @Override
    public void tokenize(String text, int start, int end, String language, List<Token> out) {
        int i = start;
        while (i < end) {
            int cp = codePointAt(text, i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
            } else if (isWordChar(cp)) {
                i = scanWord(text, i, end, language, out);
            } else {
                i = scanSymbol(text, i, end, out);
            }
        }
    }

    private int scanWord(String text, int start, int end, String language, List<Token> out) {
        int j = start;
        int groupStart = start;
        boolean numeric = Character.isDigit(text.codePointAt(start));
        while (true) {
            while (j < end) {
                int cp = codePointAt(text, j);
                int classes = Letters.of(cp);
                if ((classes & Letters.WORD) == 0) {
                    break;
                }
                if ((classes & Letters.DIGIT) == 0) {
                    numeric = false;
                }
                j += Character.charCount(cp);
            }
            if (j >= end - 1) {
                break;
            }
            char c = text.charAt(j);
            int next = text.codePointAt(j + 1);
            char prev = text.charAt(j - 1);
            if ((c == '-' || c == '\u2010' || c == '\u2011') && isWordChar(next) && !numeric) {
                j++;
                groupStart = j;
                continue;
            }
            if ((c == '\'' || c == '\u2019') && Character.isLetter(next) && Character.isLetter(prev)) {
                if (groupStart == start && j - start <= elisions.maxLength()
                        && elisions.isElided(text.substring(groupStart, j).toLowerCase(Locale.ROOT), language)) {
                    j++;
                    break;
                }
                j++;
                continue;
            }
            if ((c == '.' || c == ',') && Character.isDigit(prev) && Character.isDigit(next)) {
                j++;
                continue;
            }
            if (numeric && (c == ' ' || c == '\u00A0' || c == '\u202F') && isThousandsGroup(text, j + 1, end)
                    && j - groupStart <= 3 && digitsAndSpacesOnly(text, start, j)) {
                j++;
                groupStart = j;
                continue;
            }
            if (c == '.' && Character.isLetter(next) && j - groupStart == 1 && Character.isLetter(prev)) {
                // U.S. and i.e.: single letters joined by periods
                j++;
                groupStart = j;
                continue;
            }
            break;
        }
        if (j < end && text.charAt(j) == '.' && !numeric && keepsPeriod(text, start, j + 1, language)) {
            j++;
        }
        out.add(new Token(start, j, numeric ? Token.Kind.NUMBER : Token.Kind.WORD));
        return j;
    }

    /**
     * Whether the word {@code text[start, end)}, which ends with a period, keeps it: an abbreviation, the
     * first word of a multi-word one, or initials. Design decision: a word longer than every abbreviation
     * (most words before a sentence's period) is none and begins none, so only its initials are read, in
     * place, without copying it out for the set look-ups.
     */
    private boolean keepsPeriod(String text, int start, int end, String language) {
        if (end - start > abbreviations.maxLength()) {
            return isInitialOrDotted(text, start, end);
        }
        String withPeriod = text.substring(start, end);
        return abbreviations.contains(withPeriod, language) || isInitialOrDotted(withPeriod, 0, withPeriod.length())
                || abbreviations.beginsMultiword(withPeriod, language);
    }

    /**
     * {@link String#codePointAt}. Design decision: the tokenizer reads every character of a text, nearly
     * all of them outside the surrogate range, so a surrogate test on the char read comes first.
     */
    private static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isSurrogate(c) ? text.codePointAt(i) : c;
    }

    private static boolean digitsAndSpacesOnly(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isDigit(c) && c != ' ' && c != '\u00A0' && c != '\u202F') {
                return false;
            }
        }
        return true;
    }

    private static boolean isThousandsGroup(String text, int from, int end) {
        if (from + 3 > end) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return from + 3 == end || !Character.isLetterOrDigit(text.charAt(from + 3));
    }

    /** Whether {@code w[from, to)} is initials, "J." or "U.S.": letters each followed by a period, the first upper-case. */
    private static boolean isInitialOrDotted(String w, int from, int to) {
        if (!Character.isUpperCase(w.codePointAt(from))) {
            return false;
        }
        for (int k = from; k < to; k += 2) {
            if (!Character.isLetter(w.charAt(k)) || k + 1 >= to || w.charAt(k + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    private static int scanSymbol(String text, int start, int end, List<Token> out) {
        int cp = text.codePointAt(start);
        int j = start + Character.charCount(cp);
        if (cp == '.') {
            while (j < end && text.charAt(j) == '.') {
                j++;
            }
        } else {
            // emoji sequences: variation selectors, skin tones, keycaps and ZWJ joins stay with their base
            while (j < end) {
                int n = text.codePointAt(j);
                if (n == 0xFE0F || n == 0xFE0E || n == 0x20E3 || (n >= 0x1F3FB && n <= 0x1F3FF)
                        || (n >= 0xE0020 && n <= 0xE007F)) {
                    j += Character.charCount(n);
                } else if (n == 0x200D && j + 1 < end) {
                    j++;
                    j += Character.charCount(text.codePointAt(j));
                } else {
                    break;
                }
            }
        }
        out.add(new Token(start, j, isPunctuation(cp) ? Token.Kind.PUNCTUATION : Token.Kind.SYMBOL));
        return j;
    }

    static boolean isSpace(int cp) {
        return (Letters.of(cp) & Letters.SPACE) != 0;
    }

    static boolean isWordChar(int cp) {
        return (Letters.of(cp) & Letters.WORD) != 0;
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
