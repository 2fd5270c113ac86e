package org.retour.model;

/**
 * An index of ascending start offsets in a text (of its sentences, paragraphs or referents) that answers which of
 * them is the last to start at or before an offset: one read of a table kept per run of four characters and a step
 * over the few starts inside the run, no search.
 *
 * <p>Design decision: the speaker rules ask for the sentence, the paragraph and the referents of an offset several
 * hundred times a document, and a binary search's branches are mostly mispredicted; a table of a quarter of the
 * text's length, built once per document, makes each answer a read or two. Offsets outside the text and tables too
 * large for a char are searched. Immutable and thread-safe.
 */
public final class OffsetRuns {

    /** Each entry of {@link #firstAfter} covers {@code 1 << RUN_SHIFT} offsets of the text. */
    private static final int RUN_SHIFT = 2;

    private final int[] starts;
    /**
     * Per run of {@code 1 << RUN_SHIFT} offsets of the text, one more than the index of the last start at or before
     * the run's first offset (0 when none is); null when there are more starts than a char counts.
     */
    private final char[] firstAfter;

    /** The index of {@code starts} (ascending, not changed after) over a text of {@code length} characters. */
    public OffsetRuns(int[] starts, int length) {
        this.starts = starts;
        int n = starts.length;
        if (n >= Character.MAX_VALUE) {
            firstAfter = null;
            return;
        }
        char[] table = new char[(Math.max(length, 0) >>> RUN_SHIFT) + 1];
        int i = 0; // starts at or before the run's first offset
        for (int r = 0; r < table.length; r++) {
            int offset = r << RUN_SHIFT;
            while (i < n && starts[i] <= offset) {
                i++;
            }
            table[r] = (char) i;
        }
        firstAfter = table;
    }

    /** The index of the last start at or before {@code offset}, or -1 when every start is after it. */
    public int lastAtOrBefore(int offset) {
        int[] s = starts;
        char[] table = firstAfter;
        int r = offset >>> RUN_SHIFT; // negative offsets become large and are searched
        if (table == null || r >= table.length) {
            return search(offset);
        }
        int i = table[r];
        while (i < s.length && s[i] <= offset) {
            i++;
        }
        return i - 1;
    }

    /** {@link #lastAtOrBefore} by binary search: one before the first start after {@code offset}. */
    private int search(int offset) {
        return offset == Integer.MAX_VALUE ? starts.length - 1
                : Offsets.firstAtOrAfter(starts, 0, starts.length, offset + 1) - 1;
    }
}
