package org.retour.coding;

import java.util.List;

/** One term of a pattern as plain arrays: alternatives and whether each is a prefix, or a gap. */
final class PatternStep {
    final String[] words;
    final boolean[] prefix;
    /** The hash codes of the alternatives. */
    final int[] hashes;
    final int gap;
    /** The {@link PatternIndex#wordBit}s of the whole-word alternatives. */
    final long[] exact = new long[PatternIndex.WHOLE_WORDS];
    /** The {@link PatternIndex#bit}s of the prefix alternatives. */
    final long[] prefixes = new long[PatternIndex.PREFIX_WORDS];
    /** The non-empty longs of {@link #prefixes} then {@link #exact}: where they are, and their bits. */
    final int[] bucketAt;
    final long[] bucketMasks;

    private PatternStep(CuePattern.Term t) {
        words = t.words().toArray(new String[0]);
        prefix = new boolean[words.length];
        hashes = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            prefix[k] = t.prefix().get(k);
            int b = PatternIndex.bit(words[k]);
            hashes[k] = words[k].hashCode();
            if (prefix[k]) {
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

    static PatternStep[] of(List<CuePattern.Term> terms) {
        PatternStep[] out = new PatternStep[terms.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = new PatternStep(terms.get(t));
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

    /** Whether {@code form} matches one of the alternatives. */
    boolean matches(String form) {
        int h = form.hashCode();
        for (int k = 0; k < words.length; k++) {
            if (prefix[k] ? form.startsWith(words[k]) : hashes[k] == h && form.equals(words[k])) {
                return true;
            }
        }
        return false;
    }
}
