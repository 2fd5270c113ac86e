package org.retour.model;

/**
 * Searches in sorted arrays of UTF-16 offsets, such as the starts of a document's tokens.
 *
 * <p>Design decision: stages keep their tokens' starts as {@code int[]} and search them here, instead of
 * each stage carrying its own binary search or searching lists of records.
 */
public final class Offsets {

    private Offsets() {
    }

    /**
     * The first index in {@code [from, to)} whose offset is at or after {@code offset}, or {@code to} when
     * none is; {@code sorted} must be in ascending order over that range.
     */
    public static int firstAtOrAfter(int[] sorted, int from, int to, int offset) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
