package org.retour.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a segment's words into a sparse vector of hashed features: each word, and character n-grams of 3
 * to 5 inside it (padded with a space at each end), counted and divided by the square root of their total
 * number; and, apart from them, one feature per code whose codebook cues fired in the segment
 * ({@code cue:N3}, value {@link #CUE_VALUE}), so that the model learns how far each code's cues can be
 * trusted, and one per code whose cues' words stand in the segment although no whole cue may match
 * ({@code words:N4}, see {@link CueWords}), so that it learns how far a code's vocabulary goes beyond its
 * cues.
 *
 * <p>Design decision: every text feature belongs to one word, and the scale depends only on how many
 * there are, so a segment's score is the sum of its words' scores, scaled; a word's score is then summed
 * once and kept with the word ({@link LinearModel#scores(CueTokens, boolean[], CueWords)}). Word
 * pairs were left out for that reason: they did not raise cross-validated F1 and cost a look-up in the
 * weights at every word.
 *
 * <p>Deterministic and thread-safe.
 */
final class FeatureHasher {

    static final int MIN_N = 3;
    static final int MAX_N = 5;
    private static final int WORD = 0x2F1B3C4D;
    private static final int CHARS = 0x13579BDF;
    private static final int CUE = 0x2468ACE1;
    private static final int CUE_WORDS = 0x1F2E3D4C;
    /** The value of a cue feature. */
    static final float CUE_VALUE = 1f;
    /** The value of a cue-word feature for each word of a code's cues, counted up to {@link #MAX_CUE_WORDS}. */
    static final float CUE_WORD_VALUE = 1f;
    /** The most words of one code's cues counted in a segment. */
    static final int MAX_CUE_WORDS = 3;

    /** A sparse vector: sorted distinct indices and their values. */
    record Vector(int[] index, float[] value) {
    }

    private final int bits;
    private final int mask;

    FeatureHasher(int bits) {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("feature bits must be in [10, 24], not " + bits);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
    }

    int bits() {
        return bits;
    }

    /** The features of {@code tokens}. */
    Vector vector(CueTokens tokens) {
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            n += features(tokens.entry(i)).length;
        }
        int[] raw = new int[n];
        n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            for (int f : features(tokens.entry(i))) {
                raw[n++] = index(f);
            }
        }
        return fold(raw);
    }

    /** The features of word {@code e} before masking ({@link #wordFeatures}), kept with the word. */
    static int[] features(WordTable.Word e) {
        int[] f = e.features;
        if (f == null) {
            f = wordFeatures(modelForm(e));
            e.features = f;
        }
        return f;
    }

    /** The form of word {@code e} the model reads: its last, an Arabic word without its clitics. */
    private static String modelForm(WordTable.Word e) {
        return e.forms[e.forms.length - 1];
    }

    /** The features of word {@code w} before masking: the word's own, then its character n-grams. */
    static int[] wordFeatures(String w) {
        String padded = " " + w + " ";
        int[] f = new int[1 + ngrams(padded.length())];
        int n = 0;
        f[n++] = hash(WORD, w, 0, w.length());
        for (int len = MIN_N; len <= MAX_N; len++) {
            for (int s = 0; s + len <= padded.length(); s++) {
                f[n++] = hash(CHARS + len, padded, s, s + len);
            }
        }
        return f;
    }

    /** How many character n-grams a padded word of {@code len} characters has. */
    private static int ngrams(int len) {
        int n = 0;
        for (int k = MIN_N; k <= MAX_N; k++) {
            n += Math.max(0, len - k + 1);
        }
        return n;
    }

    /** The index of feature {@code raw}, a value of {@link #wordFeatures}. */
    int index(int raw) {
        return raw & mask;
    }

    /**
     * The features of {@code tokens}, of the cues that fired in them for {@code cueCodes}, and for each code of
     * {@code codes} with words of its cues among the tokens ({@code cueWords}, in code order), one feature
     * {@code words:N4} whose value grows with their number.
     */
    Vector vector(CueTokens tokens, java.util.Collection<String> cueCodes, List<String> codes, int[] cueWords) {
        int[] idx = new int[cueCodes.size() + codes.size()];
        float[] val = new float[idx.length];
        int n = 0;
        for (String c : cueCodes) {
            idx[n] = cueIndex(c);
            val[n++] = CUE_VALUE;
        }
        for (int c = 0; c < codes.size(); c++) {
            if (cueWords[c] > 0) {
                idx[n] = cueWordIndex(codes.get(c));
                val[n++] = cueWordValue(cueWords[c]);
            }
        }
        return plus(vector(tokens), idx, val, n);
    }

    /** The value of a code's cue-word feature when {@code count} words of its cues stand in a segment. */
    static float cueWordValue(int count) {
        return CUE_WORD_VALUE * Math.min(count, MAX_CUE_WORDS);
    }

    /** {@code v} with the first {@code n} features {@code idx} and {@code val} added, summed where they meet. */
    private static Vector plus(Vector v, int[] idx, float[] val, int n) {
        if (n == 0) {
            return v;
        }
        long[] extra = new long[n];
        for (int i = 0; i < n; i++) {
            extra[i] = (long) idx[i] << 32 | (Float.floatToRawIntBits(val[i]) & 0xFFFFFFFFL);
        }
        Arrays.sort(extra);
        int[] vi = v.index();
        float[] vv = v.value();
        int[] oi = new int[vi.length + n];
        float[] ov = new float[vi.length + n];
        int m = 0;
        int a = 0;
        int b = 0;
        while (a < vi.length || b < n) {
            int ib = b < n ? (int) (extra[b] >>> 32) : Integer.MAX_VALUE;
            int ia = a < vi.length ? vi[a] : Integer.MAX_VALUE;
            int at = Math.min(ia, ib);
            if (m > 0 && oi[m - 1] == at) {
                m--;
            } else {
                oi[m] = at;
                ov[m] = 0;
            }
            if (ia == at) {
                ov[m] += vv[a++];
            } else {
                ov[m] += Float.intBitsToFloat((int) extra[b++]);
            }
            m++;
        }
        return new Vector(Arrays.copyOf(oi, m), Arrays.copyOf(ov, m));
    }

    /** The index of the feature "words of the cues of {@code code} stand in the segment". */
    int cueWordIndex(String code) {
        return hash(CUE_WORDS, code, 0, code.length()) & mask;
    }

    /** The index of the feature "the cues of {@code code} fired". */
    int cueIndex(String code) {
        return hash(CUE, code, 0, code.length()) & mask;
    }

    /** The readable names of the word features of {@code tokens} with their indices, for evidence. */
    List<Named> names(CueTokens tokens) {
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            WordTable.Word e = tokens.entry(i);
            out.add(new Named(index(features(e)[0]), modelForm(e)));
        }
        return out;
    }

    /** A feature's index and name. */
    record Named(int index, String name) {
    }

    /** The distinct features of {@code raw} with their counts divided by the square root of their number. */
    private static Vector fold(int[] raw) {
        int n = raw.length;
        if (n == 0) {
            return new Vector(new int[0], new float[0]);
        }
        Arrays.sort(raw);
        int[] idx = new int[n];
        float[] val = new float[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m > 0 && idx[m - 1] == raw[i]) {
                val[m - 1] += 1;
            } else {
                idx[m] = raw[i];
                val[m] = 1;
                m++;
            }
        }
        float scale = (float) (1 / Math.sqrt(n));
        for (int i = 0; i < m; i++) {
            val[i] *= scale;
        }
        return new Vector(Arrays.copyOf(idx, m), Arrays.copyOf(val, m));
    }

    private static int hash(int seed, String s, int from, int to) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
