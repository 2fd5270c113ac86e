package org.retour.entity;

import java.util.List;
import org.retour.model.Offsets;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * The tokens of one document as parallel arrays of offsets, marks and words (surface forms and lookup
 * keys), so that gazetteers and scanners walk them without allocating.
 *
 * <p>Holds what the scanners ask of a token (its capital, its script, its word number, its readings
 * without a hyphen or an Arabic proclitic), read from the thread's {@link TokenWords}, where each word
 * is worked out once. Built once per document by the token stage ({@code Layers.WORDS}); read-only
 * after construction, except that the word numbers are looked up again if a gazetteer numbered new
 * words since, so a view is best read on one thread at a time.
 */
public final class TokenView {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    /**
     * Per token: {@link #POSSESSIVE}, {@link #HYPHEN_HEAD}, {@link #ARABIC} and {@link #CAPITALISED}, read
     * where tries turn tokens away, the token's kind in the bits from {@link #KIND_SHIFT}, then
     * {@link #ACRONYM} and {@link #DIGIT_KEY}. Design
     * decision: one byte, so that a trie asks one question of a token that begins no phrase instead of
     * three, and a view is made with one array for them all and its kinds; the written form and the key
     * are read from the token's {@link #words}, not kept in arrays of their own.
     */
    private final byte[] marks;
    static final byte POSSESSIVE = 1;
    static final byte HYPHEN_HEAD = 2;
    static final byte ARABIC = 4;
    /** In {@link #marks}, a word that begins with a capital or a letter of a caseless script. */
    static final byte CAPITALISED = 8;
    /**
     * In {@link #marks}, a word written as an acronym ({@link TokenTrie#isAcronym} of its surface). Design
     * decision: the organisation scans ask it of every short capitalised word, and a bit worked out once per
     * distinct word spares them reading the word's characters at each occurrence.
     */
    static final int ACRONYM = 0x40;
    /**
     * In {@link #marks}, a word whose key begins with a digit ("10th", "1990s", "2015"): what the date scanners ask
     * of every token before they read its key.
     */
    static final int DIGIT_KEY = 0x80;
    /** Where the ordinal of a token's {@link Token.Kind} begins in {@link #marks}. */
    private static final int KIND_SHIFT = 4;
    private static final Token.Kind[] KINDS = Token.Kind.values();
    private static final int WORD_MARK = Token.Kind.WORD.ordinal() << KIND_SHIFT;
    private static final int KIND_MASK = 3 << KIND_SHIFT;
    /** Per token: its word, shared with every other token written the same on this thread. */
    private final TokenWords.Word[] words;
    /**
     * Per token: the number of its key in {@link WordIds}, or -1, as {@link WordIds} was with {@code idsFor}
     * words; recomputed when words were added since. Design decision: an array filled as the view is made,
     * not read from each token's word, so that the tries and word sets, which ask every token for its
     * number, read an array in order instead of one word object after another scattered over the heap.
     */
    private int[] ids;
    private int idsFor = -1;
    /**
     * A reading of an Arabic word without its proclitic: the rest's key, how many letters the proclitic
     * took, the rest's number in {@link WordIds} (or -1) as it was when {@link WordIds} had
     * {@code idsFor} words, and whether the rest ends with an English possessive "'s".
     */
    record Proclitic(String rest, int letters, int id, int idsFor, boolean possessive) {

        /** The reading of {@code rest} after a proclitic of {@code letters} letters, numbered as {@code idsFor} words. */
        Proclitic(String rest, int letters, int id, int idsFor) {
            this(rest, letters, id, idsFor, rest.endsWith("'s"));
        }

        /** The number of {@link #rest} in {@link WordIds} as it is now, or -1. */
        int currentId() {
            return idsFor == WordIds.size() ? id : WordIds.lookup(rest);
        }
    }

    /**
     * Per run of {@link #RUN} offsets of the text, and the offset one past its end, the first token starting at or
     * after the run's first offset (at most {@link Character#MAX_VALUE}); made on the first {@link #indexAt}. Each
     * entry is read as a token at or before the answer, so a view read on two threads at once, one seeing the table
     * before its entries, at worst steps on from the first token.
     */
    private char[] firstAt;
    /**
     * {@link #firstAt} keeps one entry per {@code 1 << RUN_SHIFT} offsets. Design decision: a run of four characters
     * holds the start of at most four tokens, mostly of none or one, so {@link #indexAt} steps on over them from its
     * entry at the cost of a read or two of {@link #starts}, and the table is made and zeroed for a quarter of the characters.
     */
    private static final int RUN_SHIFT = 2;
    /** The offsets of a run of {@link #firstAt}. */
    private static final int RUN = 1 << RUN_SHIFT;

    /** The last view built on each thread, which the next stage of the same document reuses. */
    private static final ThreadLocal<TokenView> LAST = new ThreadLocal<>();

    private final List<Token> source;

    /**
     * The view of the tokens of {@code analysis}: the {@link Layers#WORDS} layer the token stage
     * provides, or, for an analysis built without it, a view built once and shared by consecutive
     * stages on one document and thread (the view is immutable, so sharing is safe).
     */
    public static TokenView of(Analysis analysis) {
        List<Token> tokens = analysis.get(Layers.TOKENS);
        TokenView layer = analysis.find(Layers.WORDS).orElse(null);
        if (layer != null && layer.source == tokens && layer.text == analysis.text()) {
            if (LAST.get() != layer) {
                LAST.set(layer); // for lastOf: searches of the same tokens by offset read this view's table
            }
            return layer;
        }
        TokenView last = LAST.get();
        if (last != null && last.source == tokens && last.text == analysis.text()) {
            return last;
        }
        TokenView v = new TokenView(analysis.text(), tokens);
        LAST.set(v);
        return v;
    }

    /**
     * The view of {@code tokens} the last {@link #of} on this thread gave (the same list, not an equal one), or null:
     * a reader that has only the tokens searches them by offset through it ({@link #indexAt}).
     */
    public static TokenView lastOf(List<Token> tokens) {
        TokenView last = LAST.get();
        return last != null && last.source == tokens ? last : null;
    }

    /** A view of {@code tokens}, which point into {@code text}. */
    public TokenView(String text, List<Token> tokens) {
        this.text = text;
        this.source = tokens;
        int n = tokens.size();
        starts = new int[n];
        ends = new int[n];
        words = new TokenWords.Word[n];
        marks = new byte[n];
        ids = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            starts[i] = t.start();
            ends[i] = t.end();
            marks[i] = (byte) (t.kind().ordinal() << KIND_SHIFT);
        }
        int known = WordIds.size();
        TokenWords.local().words(text, starts, ends, n, words);
        boolean current = true;
        for (int i = 0; i < n; i++) {
            Token.Kind kind = KINDS[marks[i] >> KIND_SHIFT];
            TokenWords.Word w = words[i];
            ids[i] = w.id();
            marks[i] = (byte) ((w.possessive() ? POSSESSIVE : 0) | (w.hyphenHead() != null ? HYPHEN_HEAD : 0)
                    | (w.arabic() ? ARABIC : 0) | (kind == Token.Kind.WORD && w.capitalised() ? CAPITALISED : 0)
                    | (w.acronym() ? ACRONYM : 0) | (w.digitKey() ? DIGIT_KEY : 0) | kind.ordinal() << KIND_SHIFT);
            current &= w.idsFor() == known;
        }
        // the words' numbers are those of now unless a gazetteer numbered words meanwhile
        idsFor = current ? known : -1;
    }

    /** The number of the key of token {@code i} in {@link WordIds}, or -1 when no gazetteer has that word. */
    public int id(int i) {
        int known = WordIds.size();
        if (idsFor != known) {
            int[] a = new int[words.length];
            for (int k = 0; k < words.length; k++) {
                TokenWords.Word w = words[k];
                a[k] = w.idsFor() == known ? w.id() : WordIds.lookup(w.key());
            }
            ids = a;
            idsFor = known;
        }
        return ids[i];
    }

    /** Whether token {@code i} begins with an Arabic letter. */
    public boolean isArabic(int i) {
        return (marks[i] & ARABIC) != 0;
    }

    /** The key of token {@code i} before its first inner hyphen ("is" for "IS-Kämpfer"), or null. */
    public String hyphenHead(int i) {
        return words[i].hyphenHead();
    }

    /** Whether token {@code i} has a {@link #hyphenHead}. */
    public boolean hasHyphenHead(int i) {
        return (marks[i] & HYPHEN_HEAD) != 0;
    }

    /** The {@link #POSSESSIVE}, {@link #HYPHEN_HEAD}, {@link #ARABIC} and {@link #CAPITALISED} marks of token {@code i}. */
    int marks(int i) {
        return marks[i];
    }

    /** Whether the key of token {@code i} ends with an English possessive "'s". */
    public boolean possessive(int i) {
        return (marks[i] & POSSESSIVE) != 0;
    }

    /**
     * The readings of Arabic token {@code i} without a proclitic ("و", "ب", "ال" after "وال"…); the
     * article of "وال" and "لل" is kept as "ال". Empty for other tokens.
     */
    Proclitic[] proclitics(int i) {
        return (marks[i] & ARABIC) != 0 ? words[i].proclitics() : TokenWords.NO_PROCLITICS;
    }

    /** The number of tokens. */
    public int size() {
        return starts.length;
    }

    /** The document's text. */
    public String text() {
        return text;
    }

    /** The start offset of token {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** The end offset of token {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** The kind of token {@code i}. */
    public Token.Kind kind(int i) {
        return KINDS[(marks[i] & KIND_MASK) >> KIND_SHIFT];
    }

    /** The text of token {@code i}. */
    public String surface(int i) {
        return words[i].surface();
    }

    /**
     * The hash code of the text of token {@code i}, as {@link String#hashCode} gives it for {@link #surface}: taken
     * once when the word was first met, so a reader that keys its own table by a token's characters need not read
     * them again.
     */
    public int hash(int i) {
        return words[i].hash();
    }

    /**
     * The note of {@code kind} kept on the word of token {@code i}, or null: one object per word as written, shared by
     * every token written the same on the thread that made the view, document after document. A reader keeps there
     * what it works out of the written word alone, and checks that a note is its own (of its thread, say) before it
     * reads it.
     */
    public Object note(NoteKind kind, int i) {
        TokenWords.Word w = words[i];
        return kind.index() == 0 ? w.note0 : kind.index() == 1 ? w.note1 : w.note2;
    }

    /** Keeps {@code note} as the note of {@code kind} on the word of token {@code i} ({@link #note(NoteKind, int)}). */
    public void note(NoteKind kind, int i, Object note) {
        TokenWords.Word w = words[i];
        switch (kind.index()) {
            case 0 -> w.note0 = note;
            case 1 -> w.note1 = note;
            default -> w.note2 = note;
        }
    }

    /** The text of token {@code i} in lower case ({@link java.util.Locale#ROOT}). */
    public String lower(int i) {
        return words[i].lower();
    }

    /** The lookup key of token {@code i}. */
    public String key(int i) {
        return words[i].key();
    }

    /**
     * The lookup key ({@link Fold#key}) of {@code surface}, the text of {@code span}, which tokens {@code first}
     * to {@code last} cover: the token's own key when the span is one token whole (folded once, when the
     * view was made), else {@code surface} folded now.
     */
    public String keyOf(String surface, Span span, int first, int last) {
        return first == last && span.start() == starts[first] && span.end() == ends[first]
                ? words[first].key() : Fold.key(surface);
    }

    /** Whether token {@code i} is the one character {@code c}, read in the text, not in the token's word. */
    public boolean is(int i, char c) {
        return ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
    }

    /** Whether token {@code i} is a word. */
    public boolean isWord(int i) {
        return (marks[i] & KIND_MASK) == WORD_MARK;
    }

    /** Whether the text of token {@code i} is an acronym: {@link TokenTrie#isAcronym} of its {@link #surface}. */
    public boolean isAcronym(int i) {
        return (marks[i] & ACRONYM) != 0;
    }

    /** Whether the {@link #key} of token {@code i} begins with a digit ({@link Character#isDigit(char)}). */
    public boolean keyBeginsWithDigit(int i) {
        return (marks[i] & DIGIT_KEY) != 0;
    }

    /** Whether token {@code i} is a word beginning with a capital (or a letter of a caseless script). */
    public boolean isCapitalised(int i) {
        return (marks[i] & CAPITALISED) != 0;
    }

    /** The span from the start of token {@code from} to the end of token {@code to} (inclusive). */
    public Span span(int from, int to) {
        return new Span(starts[from], ends[to]);
    }

    /** Whether a line break lies before token {@code k}: between it and the token before, or the text's start. */
    public boolean lineBreakBefore(int k) {
        for (int c = k == 0 ? 0 : ends[k - 1]; c < starts[k]; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is a dash (hyphen-minus, en or em dash), as a dateline ends with. */
    public boolean isDash(int k) {
        String s = words[k].surface();
        return s.equals("-") || s.equals("\u2013") || s.equals("\u2014");
    }

    /** Whether only spaces (no line break, no punctuation) lie between tokens {@code i} and {@code i + 1}. */
    public boolean adjacent(int i) {
        for (int k = ends[i]; k < starts[i + 1]; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || !Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F') {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the first token whose start is at or after {@code offset}. Design decision: the stages ask
     * for the token at an offset many times per document (for each quote, mention and candidate, back and
     * forth), so the first token of each run of {@link #RUN} offsets is read once into {@link #firstAt}, and an
     * answer is one read of it and a step over the few tokens that start in the run before {@code offset}, no
     * search. A view of more tokens than a char counts is searched.
     */
    public int indexAt(int offset) {
        int[] s = starts;
        int n = s.length;
        if (offset <= 0 || n > Character.MAX_VALUE) {
            return offset <= 0 ? 0 : Offsets.firstAtOrAfter(s, 0, n, offset);
        }
        if (offset > text.length()) {
            return n;
        }
        char[] table = firstAt;
        if (table == null) {
            table = firstTokens();
            firstAt = table;
        }
        int at = table[offset >>> RUN_SHIFT];
        while (at < n && s[at] < offset) {
            at++;
        }
        return at;
    }

    /**
     * {@link #firstAt}: for each run of {@link #RUN} offsets of the text and one past its end, the first token
     * starting at or after the run's first offset.
     */
    private char[] firstTokens() {
        int[] s = starts;
        int n = s.length;
        char[] table = new char[(text.length() >>> RUN_SHIFT) + 1];
        int r = 0;
        for (int k = 0; k < n && r < table.length; k++) {
            // the runs whose first offset is at or before this token's start and after the token before's
            int last = Math.min(s[k] >>> RUN_SHIFT, table.length - 1);
            while (r <= last) {
                table[r++] = (char) k;
            }
        }
        while (r < table.length) {
            table[r++] = (char) n;
        }
        return table;
    }
}
