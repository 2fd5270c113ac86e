package org.retour.model;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Searches in sorted arrays of UTF-16 offsets, such as the starts of a document's tokens, and in lists of
 * records ordered by an offset.
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

    /**
     * The first index of {@code sorted} whose {@code key} (an offset) is at or after {@code offset}, or its size
     * when none is; the keys must be in ascending order, as the spans of a layer's records are.
     */
    public static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<? super T> key, int offset) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
