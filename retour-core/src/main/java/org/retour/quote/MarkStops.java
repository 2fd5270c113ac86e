package org.retour.quote;

import java.util.Arrays;

/**
 * Where {@link MarkQuoteExtractor}'s scan of a text stops: its line breaks, dashes and quotation marks, the
 * characters at which the scan has anything to do.
 *
 * <p>Design decision: the next of each such character is found with {@link String#indexOf(int, int)}, which
 * the virtual machine runs over many characters at a time, and kept until the scan passes it, rather than the
 * scan testing every character of a document; a character the text does not hold is looked for once.
 *
 * <p>One scan's; not thread-safe.
 */
final class MarkStops {

    /** The characters the scan stops at: a line break, the dashes of dialogue turns and every mark. */
    static final char[] STOPS = {'\n', '–', '—', '«', '»', '‹', '›', '„', '‚', '“', '”', '‘', '’', '"', '\''};

    private static final int NONE = Integer.MAX_VALUE;
    private final String text;
    /** For each of {@link #STOPS}, where it next stands from the last index asked for on, or {@link #NONE}. */
    private final int[] next = new int[STOPS.length];

    MarkStops(String text) {
        this.text = text;
        Arrays.fill(next, -1);
    }

    /** The index of the first of {@link #STOPS} at or after {@code i} (which never goes back), or the text's length. */
    int from(int i) {
        int first = NONE;
        for (int k = 0; k < STOPS.length; k++) {
            int at = next[k];
            if (at < i) {
                at = text.indexOf(STOPS[k], i);
                at = at < 0 ? NONE : at;
                next[k] = at;
            }
            first = Math.min(first, at);
        }
        return Math.min(first, text.length());
    }
}
