package org.retour.coding;

/**
 * The plan of a word in a {@link PatternIndex}: the patterns its forms may start, each with what the rest
 * of it needs, in one array of ints kept with the word.
 *
 * <p>For each candidate pattern, in the order the index gives them: its id; the number of its bucket bits
 * in the low half of the next int and of its later terms in the high half; its bucket bits, each the
 * number of a bit of a search's buckets ({@link PatternIndex.Scratch#has}), {@link #LAST_OF_TERM} marking
 * a term's last; then its later terms, each its {@link PatternStep#term} id or, for a gap, minus the
 * words the gap may skip.
 *
 * <p>Design decision: a candidate is turned away, and the rest of a match followed, reading this one
 * array in order, rather than the index's arrays and the pattern's steps, which lie elsewhere in memory;
 * a bucket is one int rather than a long and its bits, as a term's few alternatives mostly fall in
 * different longs.
 *
 * <p>Stateless; plans are immutable once made.
 */
final class PatternPlan {

    /** The plan of a word that starts no pattern. */
    static final int[] NONE = new int[0];
    /** In a bucket bit, the mark of the last bit of a term. */
    static final int LAST_OF_TERM = 1 << 16;

    private PatternPlan() {
    }

    /** The plan of the patterns {@code candidates}, whose terms are {@code steps} by pattern id. */
    static int[] of(int[] candidates, PatternStep[][] steps) {
        if (candidates.length == 0) {
            return NONE;
        }
        int size = 0;
        for (int id : candidates) {
            size += 2 + steps[id].length - 1;
            for (int t = 1; t < steps[id].length; t++) {
                for (long mask : steps[id][t].bucketMasks) {
                    size += steps[id][t].gap > 0 ? 0 : Long.bitCount(mask);
                }
            }
        }
        int[] plan = new int[size];
        int k = 0;
        for (int id : candidates) {
            PatternStep[] terms = steps[id];
            int head = k;
            plan[k] = id;
            k += 2;
            for (int t = 1; t < terms.length; t++) {
                PatternStep step = terms[t];
                if (step.gap > 0) {
                    continue;
                }
                for (int b = 0; b < step.bucketAt.length; b++) {
                    for (long m = step.bucketMasks[b]; m != 0; m &= m - 1) {
                        plan[k++] = step.bucketAt[b] * 64 + Long.numberOfTrailingZeros(m);
                    }
                }
                plan[k - 1] |= LAST_OF_TERM;
            }
            int bits = k - head - 2;
            for (int t = 1; t < terms.length; t++) {
                plan[k++] = terms[t].gap > 0 ? -terms[t].gap : terms[t].term;
            }
            plan[head + 1] = bits | (terms.length - 1) << 16;
        }
        return plan;
    }

    /** Where the bucket bits of the candidate at {@code k} end and its later terms start. */
    static int termsFrom(int[] plan, int k) {
        return k + 2 + (plan[k + 1] & 0xFFFF);
    }

    /** Where the candidate after the one at {@code k} starts. */
    static int next(int[] plan, int k) {
        return termsFrom(plan, k) + (plan[k + 1] >>> 16);
    }

    /**
     * Whether every later term of the candidate at {@code k} may match a word of a segment whose buckets are
     * {@code has}: each has an alternative whose bit is among them.
     */
    static boolean possible(int[] plan, int k, long[] has) {
        boolean term = false;
        for (int p = k + 2, to = termsFrom(plan, k); p < to; p++) {
            int b = plan[p];
            term |= (has[(b & 0xFFFF) >>> 6] & 1L << b) != 0;
            if (b >= LAST_OF_TERM) {
                if (!term) {
                    return false;
                }
                term = false;
            }
        }
        return true;
    }
}
