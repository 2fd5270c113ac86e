package org.retour.coding;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One term of a pattern as an index reads it: its id and the buckets of its alternatives (words and
 * prefixes), or a gap.
 */
final class PatternStep {
    final int gap;
    /** The id of this term's alternatives in the index it belongs to; -1 for a gap or a first term. */
    final int term;
    /** The {@link PatternIndex#wordBit}s of the whole-word alternatives. */
    final long[] exact = new long[PatternIndex.WHOLE_WORDS];
    /** The {@link PatternIndex#bit}s of the prefix alternatives. */
    final long[] prefixes = new long[PatternIndex.PREFIX_WORDS];
    /** The non-empty longs of {@link #prefixes} then {@link #exact}: where they are, and their bits. */
    final int[] bucketAt;
    final long[] bucketMasks;

    private PatternStep(CuePattern.Term t, int term) {
        this.term = term;
        String[] words = t.words().toArray(new String[0]);
        for (int k = 0; k < words.length; k++) {
            int b = PatternIndex.bit(words[k]);
            if (t.prefix().get(k)) {
                prefixes[b >>> 6] |= 1L << b;
            } else {
                int w = PatternIndex.wordBit(words[k]);
                exact[w >>> 6] |= 1L << w;
            }
        }
        gap = t.gap();
        int n = 0;
        long[] all = new long[PatternIndex.PREFIX_WORDS + PatternIndex.WHOLE_WORDS];
        System.arraycopy(prefixes, 0, all, 0, PatternIndex.PREFIX_WORDS);
        System.arraycopy(exact, 0, all, PatternIndex.PREFIX_WORDS, PatternIndex.WHOLE_WORDS);
        for (long m : all) {
            n += m != 0 ? 1 : 0;
        }
        bucketAt = new int[n];
        bucketMasks = new long[n];
        n = 0;
        for (int k = 0; k < all.length; k++) {
            if (all[k] != 0) {
                bucketAt[n] = k;
                bucketMasks[n++] = all[k];
            }
        }
    }

    /** The steps of {@code terms}, each later term with its id from {@code ids}; the first term has none (-1). */
    static PatternStep[] of(List<CuePattern.Term> terms, ToIntFunction<CuePattern.Term> ids) {
        PatternStep[] out = new PatternStep[terms.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = new PatternStep(terms.get(t), t == 0 ? -1 : ids.applyAsInt(terms.get(t)));
        }
        return out;
    }

    /**
     * Whether a word of a segment may match this term, by {@code has}: the {@link PatternIndex#bit}s of the
     * segment's words, then their {@link PatternIndex#wordBit}s.
     */
    boolean possibleIn(long[] has) {
        for (int k = 0; k < bucketAt.length; k++) {
            if ((bucketMasks[k] & has[bucketAt[k]]) != 0) {
                return true;
            }
        }
        return false;
    }
}
