package org.retour.person;

import java.util.List;
import java.util.Locale;
import org.retour.model.Offsets;
import org.retour.model.Token;

/** Small helpers over a document's tokens, shared by the person and speaker finders. */
public final class Tokens {

    private Tokens() {
    }

    /** The token's text in lower case. */
    public static String lower(String text, Token t) {
        return text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
    }

    /** The last lower-cased tokens built on each thread, which the next stage of the same document reuses. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    /**
     * The lower-cased text of every word token (null for other tokens), to look words up once each.
     * Consecutive stages on one document and thread share one array; callers must not change it.
     */
    public static String[] lowered(String text, List<Token> tokens) {
        Object[] last = LAST.get();
        if (last != null && last[0] == tokens && last[1] == text) {
            return (String[]) last[2];
        }
        String[] out = build(text, tokens);
        LAST.set(new Object[] {tokens, text, out});
        return out;
    }

    /** As {@link #lowered(String, List)}, reading the tokens' written forms from {@code view} (of the same tokens). */
    public static String[] lowered(String text, List<Token> tokens, org.retour.entity.TokenView view) {
        Object[] last = LAST.get();
        if (last != null && last[0] == tokens && last[1] == text) {
            return (String[]) last[2];
        }
        String[] out = new String[tokens.size()];
        for (int k = 0; k < out.length; k++) {
            if (view.kind(k) == Token.Kind.WORD) {
                out[k] = view.lower(k);
            }
        }
        LAST.set(new Object[] {tokens, text, out});
        return out;
    }

    private static String[] build(String text, List<Token> tokens) {
        String[] out = new String[tokens.size()];
        for (int k = 0; k < out.length; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.WORD) {
                out[k] = lower(text, t);
            }
        }
        return out;
    }

    /** Token {@code k} in lower case: from {@code lowered} when given, else computed. */
    public static String lower(String text, List<Token> tokens, String[] lowered, int k) {
        String s = lowered == null ? null : lowered[k];
        return s != null ? s : lower(text, tokens.get(k));
    }

    /** Whether a token is an acronym: two or more characters, all upper case ("DGSI", "IS"). */
    public static boolean acronym(String text, Token t) {
        if (t.length() < 2) {
            return false;
        }
        for (int i = t.start(); i < t.end(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token {@code t} ends with an English contraction after its apostrophe ("You'd", "She’d", "Don’t",
     * "They'll", "We've", "I'm"): a pronoun or an auxiliary, never a name.
     */
    static boolean contraction(String text, Token t) {
        int end = t.end();
        // the last apostrophe of the token, looked for only among its last three characters, after its first
        int a = end - 1;
        int stop = Math.max(t.start(), end - 4);
        while (a > stop && text.charAt(a) != '\'' && text.charAt(a) != '’') {
            a--;
        }
        if (a <= stop) {
            return false;
        }
        int len = end - a - 1;
        return len == 1 ? text.charAt(a + 1) == 'd' || text.charAt(a + 1) == 't' || text.charAt(a + 1) == 'm'
                : len == 2 && (text.startsWith("ll", a + 1) || text.startsWith("re", a + 1) || text.startsWith("ve", a + 1));
    }

    /**
     * How many letters {@code text[start, end)} holds when it is written in capitals, every letter upper case and the
     * rest hyphens, full stops or apostrophes ("RACHEL", "LÉA", "M.", "D'ARC"); -1 when it is not.
     */
    public static int capitalLetters(String text, int start, int end) {
        int letters = 0;
        for (int c = start; c < end; c++) {
            char ch = text.charAt(c);
            if (Character.isLetter(ch)) {
                if (!Character.isUpperCase(ch)) {
                    return -1;
                }
                letters++;
            } else if (ch != '-' && ch != '.' && ch != '\'' && ch != '’') {
                return -1;
            }
        }
        return letters;
    }

    /**
     * Whether a lower-case German word ends as an adjective before its noun does, or a noun made of one (-e, -en,
     * -er, -es, -em: "ehemalige", "Vorsitzende", "Leitenden").
     */
    static boolean germanAdjectiveEnding(String w) {
        return w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em");
    }

    /** Whether token {@code t} ends with the English possessive ("Khoury's", "Begum’s"). */
    static boolean possessive(String text, Token t) {
        return possessive(text, t.start(), t.end());
    }

    /** As {@link #possessive(String, Token)} for the token written {@code text[start, end)}. */
    static boolean possessive(String text, int start, int end) {
        return end - start > 2 && possessiveAt(text, end - 2);
    }

    /**
     * Whether the English possessive "'s" (or "’s") stands at {@code at} and ends a word there, or the bare
     * apostrophe of a name ending in s followed by a space and a word in lower case ("Exit Routes’ director").
     */
    public static boolean possessiveAt(String text, int at) {
        if (at < 0 || at + 1 >= text.length() || text.charAt(at) != '\'' && text.charAt(at) != '’') {
            return false;
        }
        if (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S') {
            return at + 2 == text.length() || !Character.isLetter(text.charAt(at + 2));
        }
        return at > 0 && text.charAt(at - 1) == 's' && text.charAt(at + 1) == ' ' && at + 2 < text.length()
                && Character.isLowerCase(text.charAt(at + 2));
    }

    /** Whether the token is a word or a number. */
    public static boolean isWord(Token t) {
        return t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER;
    }

    /**
     * Whether token {@code k} opens a clause, where a subject stands: first in the text or after something other than a
     * word (a full stop, a comma, a dash, a quotation mark), not the object of a verb or a preposition.
     */
    public static boolean opensClause(List<Token> tokens, int k) {
        return k == 0 || !isWord(tokens.get(k - 1));
    }

    /** Whether the token is the punctuation {@code p}. */
    public static boolean is(String text, Token t, String p) {
        return t.length() == p.length() && text.startsWith(p, t.start());
    }

    /** Whether token {@code t} is a comma, the Latin one or the Arabic one (U+060C). */
    public static boolean comma(String text, Token t) {
        return is(text, t, ",") || is(text, t, "\u060C");
    }

    /**
     * Whether the word that starts at {@code start} opens a sentence after token {@code before}: that token is a full
     * stop, a question or an exclamation mark, or a line break lies between them.
     */
    public static boolean opensSentence(String text, Token before, int start) {
        return is(text, before, ".") || is(text, before, "?") || is(text, before, "!")
                || text.indexOf('\n', before.end(), start) >= 0;
    }

    /** Whether a line break stands between two tokens ({@code a} before {@code b}). */
    public static boolean lineBreakBetween(String text, Token a, Token b) {
        return text.indexOf('\n', a.end(), b.start()) >= 0;
    }

    /** Whether only spaces (no line break) separate two consecutive tokens. */
    public static boolean adjacent(String text, Token a, Token b) {
        return adjacent(text, a.end(), b.start());
    }

    /** Whether only spaces (no line break) fill {@code text[from, to)}, the gap between two tokens. */
    static boolean adjacent(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || !(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word is one or more capital initials each followed by a full stop ("K.P.", "A."). */
    public static boolean dottedInitials(String text, Token t) {
        return dottedInitials(text, t.kind(), t.start(), t.end());
    }

    /** As {@link #dottedInitials(String, Token)} for a token of {@code kind} written {@code text[s, e)}. */
    static boolean dottedInitials(String text, Token.Kind kind, int s, int e) {
        if (kind != Token.Kind.WORD || e - s < 2 || (e - s) % 2 != 0) {
            return false;
        }
        for (int k = s; k < e; k += 2) {
            if (!Character.isUpperCase(text.charAt(k)) || text.charAt(k + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether the token starts with an upper-case letter and is not an acronym (DGSI, AFP). */
    public static boolean capitalised(String text, Token t) {
        return t.kind() == Token.Kind.WORD && capitalised(text, t.start(), t.end());
    }

    /** Whether the word {@code text[s, end)} starts with an upper-case letter and is not an acronym. */
    static boolean capitalised(String text, int s, int end) {
        int cp = text.codePointAt(s);
        if (!Character.isUpperCase(cp) && !Character.isTitleCase(cp)) {
            return false;
        }
        int letters = 0;
        for (int i = s; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    return true;
                }
            }
        }
        return letters == 1;
    }

    /**
     * The index of the first token starting at or after {@code offset} (the size when none does). The
     * tokens must not change between searches, as a layer's never do.
     */
    public static int firstAtOrAfter(List<Token> tokens, int offset) {
        org.retour.entity.TokenView view = org.retour.entity.TokenView.lastOf(tokens);
        if (view != null) {
            return view.indexAt(offset); // the view's table of first tokens: no array of starts of its own
        }
        int[] starts = starts(tokens);
        return Offsets.firstAtOrAfter(starts, 0, starts.length, offset);
    }

    /** The start offsets of the last tokens searched on each thread, with those tokens. */
    private record Starts(List<Token> tokens, int[] starts) {
    }

    private static final ThreadLocal<Starts> STARTS = new ThreadLocal<>();

    /**
     * The start offsets of {@code tokens}, kept for the next search of the same list on this thread.
     *
     * <p>Design decision: the speaker rules search one document's tokens by offset many times over; a
     * binary search over an array of ints reads a few cache lines where one over the token records
     * reads a record and its span at each step.
     */
    private static int[] starts(List<Token> tokens) {
        Starts last = STARTS.get();
        if (last != null && last.tokens() == tokens && last.starts().length == tokens.size()) {
            return last.starts();
        }
        int[] starts = new int[tokens.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = tokens.get(k).start();
        }
        STARTS.set(new Starts(tokens, starts));
        return starts;
    }

    /**
     * Whether a name ending at {@code nameEnd} opens a clause of its own rather than closing an apposition: a
     * word or an opening quotation mark follows it ("According to the prosecutor, Hamdan “played …”"), where an
     * apposition is closed by punctuation ("The judge, Mrs Justice Harriet Langley, said"); a name ending with an
     * initial's full stop closes its sentence ("…, Monika K. Sie berichtete").
     */
    public static boolean opensClauseAfterName(String text, int nameEnd) {
        if (nameEnd > 0 && text.charAt(nameEnd - 1) == '.') {
            return false;
        }
        int i = nameEnd;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetter(c) || c == '«' || c == '“' || c == '"' || c == '„';
    }
}
