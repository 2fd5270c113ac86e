package org.retour.store.dedupe;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Computes MinHash signatures over the word shingles of a text, whose agreement estimates the
 * Jaccard similarity of two texts' shingle sets, and the LSH band keys under which near copies meet.
 *
 * <p>Words are maximal runs of letters and digits, lower-cased; a shingle is {@code shingle}
 * consecutive words. Each value keeps the top 32 bits of its 64-bit minimum, which is as good for
 * comparing and takes half the room. Immutable and thread-safe.
 *
 * @see Signature
 */
public final class MinHasher {

    /** The default: 5-word shingles, 128 hash functions, 16 bands of 8 rows. */
    public static final MinHasher DEFAULT = new MinHasher(5, 16, 8);

    private final int shingle;
    private final int bands;
    private final int rows;
    private final long[] seeds;

    /** A hasher with {@code bands × rows} hash functions; the seeds are fixed so signatures persist. */
    public MinHasher(int shingle, int bands, int rows) {
        if (shingle < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("shingle, bands and rows must be positive");
        }
        this.shingle = shingle;
        this.bands = bands;
        this.rows = rows;
        SplittableRandom rnd = new SplittableRandom(0x5EED_2016_0610L);
        this.seeds = new long[bands * rows];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = rnd.nextLong();
        }
    }

    /** The number of hash functions, the length of a signature. */
    public int size() {
        return seeds.length;
    }

    /** The signature of {@code text}; a text without words gets an empty signature. */
    public Signature signature(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return new Signature(new long[0]);
        }
        long[] min = new long[seeds.length];
        Arrays.fill(min, Long.MAX_VALUE);
        int k = Math.min(shingle, words.length);
        for (int i = 0; i + k <= words.length; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < i + k; j++) {
                h = mix(h ^ words[j]);
            }
            // branch-free, so that the compiler can run this loop on vector registers
            for (int s = 0; s < seeds.length; s++) {
                min[s] = Math.min(min[s], mix(h ^ seeds[s]));
            }
        }
        for (int s = 0; s < min.length; s++) {
            min[s] >>>= 32;
        }
        return new Signature(min);
    }

    /**
     * The LSH bucket keys of a signature: one per band, each mixing the band's number with its rows,
     * so that one column of keys serves every band.
     */
    public long[] bandKeys(Signature signature) {
        long[] v = signature.values();
        if (v.length != seeds.length) {
            return new long[0];
        }
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = mix(0x9E3779B97F4A7C15L * (b + 1));
            for (int r = 0; r < rows; r++) {
                h = mix(h ^ v[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    private static long[] wordHashes(String text) {
        long[] out = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            long h = 0xcbf29ce484222325L;
            while (i < len) {
                cp = text.codePointAt(i);
                if (!Character.isLetterOrDigit(cp)) {
                    break;
                }
                h = (h ^ Character.toLowerCase(cp)) * 0x100000001b3L;
                i += Character.charCount(cp);
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = h;
        }
        return Arrays.copyOf(out, n);
    }

    /** The splitmix64 finaliser: a fast 64-bit mixing function. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
