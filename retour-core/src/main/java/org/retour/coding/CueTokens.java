package org.retour.coding;

import java.util.List;
import org.retour.model.Offsets;
import org.retour.model.Span;

/**
 * The words of a segment as cue patterns see them: lower-cased, accents folded, French elisions and
 * English "n't" split off, Arabic diacritics removed and its clitics offered as alternative forms.
 *
 * <p>Read in one pass over the characters ({@link CueReader}), or through a document's tokens with the
 * same result ({@link TokenFragments}); each word keeps its UTF-16 span in the original text, and whether
 * a clause or sentence boundary comes before it. Immutable once built.
 */
final class CueTokens {

    /** No boundary before a word. */
    static final byte NONE = 0;
    /** A comma, semicolon, colon, dash, bracket or quotation mark before a word. */
    static final byte CLAUSE = 1;
    /** A full stop, question or exclamation mark, or the start of a new range. */
    static final byte SENTENCE = 2;

    /** The text the words were read from. */
    private final String text;
    /** The words. */
    private final WordTable.Word[] words;
    /** The words the reading vocabulary admits, null for those no pattern can match. */
    private final WordTable.Word[] searched;
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

    CueTokens(String text, WordTable.Word[] words, WordTable.Word[] searched, int[] starts, int[] ends, byte[] boundaries, int off, int size,
            PatternIndex.Scratch scratch) {
        this.text = text;
        this.searched = searched;
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
        if (ranges.size() == 1) {
            Span r = ranges.get(0);
            int from = firstAtOrAfter(r.start());
            int to = endOf(from, r.end());
            return new CueTokens(text, words, searched, starts, ends, boundaries, from, to - from, scratch);
        }
        // the words are counted first, so that their arrays are made once, as long as they need be
        int n = 0;
        for (int k = 0; k < ranges.size(); k++) {
            Span r = ranges.get(k);
            int from = firstAtOrAfter(r.start());
            int i = endOf(from, r.end());
            n += i - from;
        }
        WordTable.Word[] f = new WordTable.Word[n];
        WordTable.Word[] se = new WordTable.Word[n];
        int[] st = new int[n];
        int[] en = new int[n];
        byte[] bo = new byte[n];
        int at = 0;
        for (int k = 0; k < ranges.size(); k++) {
            Span r = ranges.get(k);
            int from = firstAtOrAfter(r.start());
            int i = endOf(from, r.end());
            int m = i - from;
            if (m > 0) {
                System.arraycopy(words, from, f, at, m);
                System.arraycopy(searched, from, se, at, m);
                System.arraycopy(starts, from, st, at, m);
                System.arraycopy(ends, from, en, at, m);
                System.arraycopy(boundaries, from, bo, at, m);
                bo[at] = SENTENCE;
                at += m;
            }
        }
        return new CueTokens(text, f, se, st, en, bo, 0, n, scratch);
    }

    /**
     * The position in the arrays after the last word from {@code from} on that ends by {@code end}; the search
     * for the next range starts there.
     */
    private int endOf(int from, int end) {
        int limit = off + size;
        int i = from;
        while (i < limit && ends[i] <= end) {
            i++;
        }
        searchHint = i;
        return i;
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
        CueReader.Builder b = new CueReader.Builder(text, null);
        for (Span r : ranges) {
            b.pending = SENTENCE;
            CueReader.scan(text, r.start(), Math.min(r.end(), text.length()), b);
        }
        return b.build();
    }

    /** The words of the whole of {@code text}. */
    static CueTokens of(String text) {
        return of(text, List.of(new Span(0, text.length())));
    }

    /**
     * The words of the whole of {@code text}, of which {@link #entryOrNull} gives null for those
     * {@code vocabulary} refuses.
     */
    static CueTokens of(String text, Vocabulary vocabulary) {
        return of(text, vocabulary, null);
    }

    /** The words {@link #of(String, Vocabulary)} reads, read into {@code arrays} when not null. */
    static CueTokens of(String text, Vocabulary vocabulary, WordArrays arrays) {
        CueReader.Builder b = new CueReader.Builder(text, vocabulary, arrays);
        CueReader.scan(text, 0, text.length(), b);
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
        return words[off + i];
    }

    /** Word {@code i}, or null when it is a word no pattern of the reading vocabulary can match. */
    WordTable.Word entryOrNull(int i) {
        return searched[off + i];
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
}
