package org.retour.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.retour.model.Offsets;
import org.retour.model.Span;

/**
 * The words of a segment as cue patterns see them: lower-cased, accents folded, French elisions and
 * English "n't" split off, Arabic diacritics removed and its clitics offered as alternative forms.
 *
 * <p>One pass over the characters; each word keeps its UTF-16 span in the original text, and whether
 * a clause or sentence boundary comes before it. Immutable once built.
 */
final class CueTokens {

    /** No boundary before a word. */
    static final byte NONE = 0;
    /** A comma, semicolon, colon, dash, bracket or quotation mark before a word. */
    static final byte CLAUSE = 1;
    /** A full stop, question or exclamation mark, or the start of a new range. */
    static final byte SENTENCE = 2;

    private static final Set<String> ELIDED = Set.of("l", "d", "n", "s", "c", "j", "m", "t", "qu", "jusqu", "lorsqu",
            "puisqu", "quoiqu");

    /** The text the words were read from. */
    private final String text;
    /** The words; null for a word no pattern of the reading vocabulary can match, until it is asked for. */
    private final WordTable.Word[] words;
    private final int[] starts;
    private final int[] ends;
    private final byte[] boundaries;
    /** Where word 0 of these tokens is in the arrays, which a slice shares with the tokens it was cut from. */
    private final int off;
    private final int size;
    /**
     * Where the last search for a word by offset ended: segments are mostly cut in text order, so the next
     * search starts there. Only a hint, checked before use, so a stale or racy value changes no result.
     */
    private int searchHint;
    /** The working arrays of searches in these words, shared with every slice cut from them (one thread's). */
    final PatternIndex.Scratch scratch;

    private CueTokens(String text, WordTable.Word[] words, int[] starts, int[] ends, byte[] boundaries, int off, int size,
            PatternIndex.Scratch scratch) {
        this.text = text;
        this.scratch = scratch;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.boundaries = boundaries;
        this.off = off;
        this.size = size;
    }

    /**
     * The words of these tokens that lie wholly inside the given ranges (sorted, not overlapping), each
     * range starting a sentence: a view for one segment that shares the normalised words, so a text is
     * normalised once for all its segments and codes. The words of one range are not copied.
     */
    CueTokens slice(List<Span> ranges) {
        int limit = off + size;
        if (ranges.size() == 1) {
            Span r = ranges.get(0);
            int from = firstAtOrAfter(r.start());
            int to = from;
            while (to < limit && ends[to] <= r.end()) {
                to++;
            }
            searchHint = to;
            return new CueTokens(text, words, starts, ends, boundaries, from, to - from, scratch);
        }
        int n = 0;
        WordTable.Word[] f = new WordTable.Word[Math.min(size, 16)];
        int[] st = new int[f.length];
        int[] en = new int[f.length];
        byte[] bo = new byte[f.length];
        for (Span r : ranges) {
            boolean first = true;
            int i = firstAtOrAfter(r.start());
            for (; i < limit && ends[i] <= r.end(); i++) {
                if (n == f.length) {
                    int cap = Math.max(16, n * 2);
                    f = Arrays.copyOf(f, cap);
                    st = Arrays.copyOf(st, cap);
                    en = Arrays.copyOf(en, cap);
                    bo = Arrays.copyOf(bo, cap);
                }
                f[n] = words[i];
                st[n] = starts[i];
                en[n] = ends[i];
                bo[n] = first ? SENTENCE : boundaries[i];
                first = false;
                n++;
            }
            searchHint = i;
        }
        return new CueTokens(text, f, st, en, bo, 0, n, scratch);
    }

    /**
     * The position in the arrays of the first word starting at or after {@code offset}. Design decision:
     * a few steps on from {@link #searchHint} when the offset lies just after it, as it does for the next
     * sentence; a binary search otherwise.
     */
    private int firstAtOrAfter(int offset) {
        int limit = off + size;
        int at = searchHint;
        if (at >= off && at <= limit && (at == off || starts[at - 1] < offset)) {
            for (int steps = 0; steps < HINT_STEPS; steps++, at++) {
                if (at == limit || starts[at] >= offset) {
                    searchHint = at;
                    return at;
                }
            }
        }
        int lo = Offsets.firstAtOrAfter(starts, off, limit, offset);
        searchHint = lo;
        return lo;
    }

    /** How many words on from the hint {@link #firstAtOrAfter} looks before it searches the whole. */
    private static final int HINT_STEPS = 16;

    /** The words of {@code text} inside the given ranges, in order; each range starts a sentence. */
    static CueTokens of(String text, List<Span> ranges) {
        Builder b = new Builder(text, null);
        for (Span r : ranges) {
            b.pending = SENTENCE;
            scan(text, r.start(), Math.min(r.end(), text.length()), b);
        }
        return b.build();
    }

    /** The words of the whole of {@code text}. */
    static CueTokens of(String text) {
        return of(text, List.of(new Span(0, text.length())));
    }

    /**
     * The words of the whole of {@code text}, of which those {@code vocabulary} refuses are looked up only
     * when asked for: {@link #entryOrNull} gives null for them.
     */
    static CueTokens of(String text, Vocabulary vocabulary) {
        Builder b = new Builder(text, vocabulary);
        scan(text, 0, text.length(), b);
        return b.build();
    }

    int size() {
        return size;
    }

    /** The forms word {@code i} may match: its normal form first, then forms without clitics. */
    String[] forms(int i) {
        return entry(i).forms;
    }

    /** Word {@code i} with its forms and what pattern indexes found for it. */
    WordTable.Word entry(int i) {
        WordTable.Word w = words[off + i];
        if (w == null) {
            w = lookUp(starts[off + i], ends[off + i]);
            words[off + i] = w;
        }
        return w;
    }

    /** Word {@code i}, or null when it is a word no pattern of the reading vocabulary can match. */
    WordTable.Word entryOrNull(int i) {
        return words[off + i];
    }

    /** The word of the plain word (no elision) at {@code [start, end)} of the text. */
    private WordTable.Word lookUp(int start, int end) {
        CueCharacters.Chars c = new CueCharacters.Chars();
        for (int p = start; p < end; ) {
            int cp = text.codePointAt(p);
            CueCharacters.appendFolded(c, cp);
            p += Character.charCount(cp);
        }
        return WordTable.local().word(c.buf, c.len);
    }

    /** The normal form of word {@code i}. */
    String word(int i) {
        return entry(i).forms[0];
    }

    int start(int i) {
        return starts[off + i];
    }

    int end(int i) {
        return ends[off + i];
    }

    /** The strongest boundary between word {@code i - 1} and word {@code i}. */
    byte boundaryBefore(int i) {
        return i == 0 ? SENTENCE : boundaries[off + i];
    }

    /** Reads the words of {@code t[from, to)} into {@code b}. */
    private static void scan(String t, int from, int to, Builder b) {
        CueCharacters.Chars w = b.chars;
        w.clear();
        int wStart = -1;
        int i = from;
        while (i < to) {
            char ch = t.charAt(i);
            if (ch < 128) {
                byte kind = CueCharacters.ASCII[ch];
                if (kind == CueCharacters.ASCII_WORD) {
                    if (wStart < 0) {
                        wStart = i;
                    }
                    i = w.appendRun(t, i, to);
                    continue;
                }
                if (kind != CueCharacters.ASCII_APOSTROPHE) {
                    if (wStart >= 0) {
                        b.add(w, wStart, i);
                        w.clear();
                        wStart = -1;
                    }
                    if (kind > b.pending) {
                        b.pending = kind;
                    }
                    i++;
                    continue;
                }
            }
            if (ch >= 128 && ch < CueCharacters.FOLDED_CHAR.length) {
                if (CueCharacters.FOLDED_CHAR[ch] != 0) {
                    if (wStart < 0) {
                        wStart = i;
                    }
                    i = w.appendRun(t, i, to);
                    continue;
                }
                if (ch != '\u02BC') {
                    wStart = b.endWord(w, wStart, i, CueCharacters.boundaryOf(ch));
                    i++;
                    continue;
                }
            }
            int cp = t.codePointAt(i);
            int n = Character.charCount(cp);
            if (i + n > to) {
                n = to - i;
            }
            if (CueCharacters.isWordChar(cp)) {
                if (wStart < 0) {
                    wStart = i;
                }
                CueCharacters.appendFolded(w, cp);
            } else if (CueCharacters.isApostrophe(cp) && wStart >= 0 && i + 1 < to
                    && Character.isLetter(t.codePointAt(i + 1))) {
                String sofar = w.toString();
                boolean nt = sofar.endsWith("n") && (t.charAt(i + 1) == 't' || t.charAt(i + 1) == 'T')
                        && (i + 2 >= to || !Character.isLetter(t.charAt(i + 2)));
                if (nt) {
                    if (sofar.length() > 1) {
                        b.add(sofar.substring(0, sofar.length() - 1), wStart, i - 1);
                    }
                    b.add("n't", i - 1, i + 2);
                    w.clear();
                    wStart = -1;
                    i += 2;
                    continue;
                } else if (ELIDED.contains(sofar)) {
                    b.add(sofar + "'", wStart, i + 1);
                    w.clear();
                    wStart = -1;
                } else {
                    b.add(sofar, wStart, i);
                    w.clear();
                    w.append('\'');
                    wStart = i;
                }
            } else if (CueCharacters.isApostrophe(cp) && wStart >= 0 && ELIDED.contains(w.toString())) {
                b.add(w.toString() + "'", wStart, i + 1);
                w.clear();
                wStart = -1;
            } else {
                wStart = b.endWord(w, wStart, i, CueCharacters.boundaryOf(cp));
            }
            i += n;
        }
        if (wStart >= 0 && !w.isEmpty()) {
            b.add(w, wStart, to);
        }
    }

    /**
     * The characters of text a builder first makes room for one word for: words with their spaces and
     * punctuation take about seven in news text, so that the arrays rarely grow.
     */
    private static final int WORD_ROOM = 5;

    private static final class Builder {
        private final CueCharacters.Chars chars = new CueCharacters.Chars();
        private final WordTable words = WordTable.local();
        private final String text;
        private final Vocabulary vocabulary;
        private WordTable.Word[] forms;
        private int size;
        private int[] starts;
        private int[] ends;
        private byte[] boundaries;
        private byte pending = SENTENCE;

        /** A builder for words of {@code text}, with room for as many words as a text of its length mostly has. */
        Builder(String text, Vocabulary vocabulary) {
            this.text = text;
            this.vocabulary = vocabulary;
            int room = 16 + text.length() / WORD_ROOM;
            forms = new WordTable.Word[room];
            starts = new int[room];
            ends = new int[room];
            boundaries = new byte[room];
        }

        /**
         * Ends the word being read at {@code end} (adding it when it has characters), empties {@code w}
         * and keeps the strongest boundary seen before the next word; returns -1, the start of no word.
         */
        int endWord(CueCharacters.Chars w, int start, int end, byte level) {
            if (start >= 0 && !w.isEmpty()) {
                add(w, start, end);
            }
            w.clear();
            if (level > pending) {
                pending = level;
            }
            return -1;
        }

        /**
         * Adds the word in {@code w}, its forms shared with every earlier occurrence on this thread, or null
         * when the vocabulary refuses it.
         */
        void add(CueCharacters.Chars w, int start, int end) {
            if (w.len > 0 && end > start) {
                WordTable.Word word = words.word(w.buf, w.len, w.hash);
                // a word after an apostrophe ("aujourd'hui") is kept: read again alone, its apostrophe would not be folded
                put(vocabulary == null || w.buf[0] == '\'' || word.admittedBy(vocabulary) ? word : null, start, end);
            }
        }

        void add(String word, int start, int end) {
            if (!word.isEmpty() && end > start) {
                put(words.word(word), start, end);
            }
        }

        private void put(WordTable.Word wordForms, int start, int end) {
            int n = size;
            if (n == starts.length) {
                forms = Arrays.copyOf(forms, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                boundaries = Arrays.copyOf(boundaries, n * 2);
            }
            forms[n] = wordForms;
            size = n + 1;
            starts[n] = start;
            ends[n] = end;
            boundaries[n] = pending;
            pending = NONE;
        }

        CueTokens build() {
            return new CueTokens(text, forms, starts, ends, boundaries, 0, size, new PatternIndex.Scratch());
        }
    }
}
