package org.retour.coding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A trained multi-label logistic regression over hashed word and character n-gram features and the
 * codebook's cue and cue-word features ({@link FeatureHasher}), with a
 * calibration per code that combines its score with the rule coder's verdict into one confidence, and
 * per code the confidences from which the model alone gives the code, from which the rules and the model
 * together give it when no cue fired (a rescue), and below which they take away a cue's verdict (a veto).
 *
 * <p>The model records the codebook (id and version) and the codes it was trained on, and refuses to
 * be used with another. Immutable and thread-safe (each thread sums a segment's words in an array of its
 * own); {@link #hash()}, the start of its file's SHA-256, identifies it in codings ({@code model@HASH}).
 */
public final class LinearModel {

    private final String codebookId;
    private final String codebookVersion;
    private final List<String> codes;
    private final FeatureHasher hasher;
    private final float[] weights;
    private final float[] bias;
    private final double[] calibration;
    private final double[] thresholds;
    private final String hash;
    /** By code, a log-odds below which its confidence surely misses the rescue threshold. */
    private final double[] rescueLogits;
    /** Whether no rescue threshold can be reached ({@link #rescuesNone()}). */
    private final boolean rescuesNone;
    /** By code, the weights of its cue feature and of its cue-word feature, copied out of {@link #weights}. */
    private final float[][] cueWeights;
    private final float[][] cueWordWeights;
    /** Each thread's sums of one segment's words (see {@link #scores(CueTokens, boolean[], CueWords)}). */
    private final ThreadLocal<Scratch> scratch;

    /**
     * A segment's sums: per code the weight sums, then the number of features; per code its cue words; and per
     * code its score and whether its cue fired, for {@link #scoresInPlace} and {@link #noneFired}.
     */
    private record Scratch(float[] sums, int[] cueWords, double[] scores, boolean[] fired) {
    }

    /**
     * @param weights     {@code 2^bits × codes} weights, feature-major
     * @param calibration three numbers per code (a, b, c): confidence = σ(a·score + b·rule + c)
     * @param thresholds  three confidences per code: the model alone's, the rescue's and the veto's
     */
    LinearModel(String codebookId, String codebookVersion, List<String> codes, int bits, float[] weights, float[] bias,
                double[] calibration, double[] thresholds) {
        this(codebookId, codebookVersion, codes, bits, weights, bias, calibration, thresholds, null);
    }

    /** A model read from a file whose hash ({@link LinearModelFile#sha}) is {@code fileHash}; null to compute it. */
    LinearModel(String codebookId, String codebookVersion, List<String> codes, int bits, float[] weights, float[] bias,
                double[] calibration, double[] thresholds, String fileHash) {
        this.codebookId = Objects.requireNonNull(codebookId);
        this.codebookVersion = Objects.requireNonNull(codebookVersion);
        this.codes = List.copyOf(codes);
        this.hasher = new FeatureHasher(bits);
        int k = this.codes.size();
        if (weights.length != (1 << bits) * k || bias.length != k || calibration.length != 3 * k
                || thresholds.length != 3 * k) {
            throw new IllegalArgumentException("model arrays do not fit " + k + " codes and " + bits + " bits");
        }
        this.weights = weights.clone();
        this.bias = bias.clone();
        this.calibration = calibration.clone();
        this.thresholds = thresholds.clone();
        this.rescueLogits = new double[k];
        boolean none = true;
        for (int c = 0; c < k; c++) {
            double t = thresholds[3 * c + 1];
            none &= t > 1;
            // a margin below the exact bound, so that rounding never turns away a code the confidence gives
            rescueLogits[c] = t <= 0 ? Double.NEGATIVE_INFINITY : t >= 1 ? 30 : Math.log(t / (1 - t)) - 1e-6;
        }
        this.rescuesNone = none;
        this.cueWeights = new float[k][];
        this.cueWordWeights = new float[k][];
        for (int c = 0; c < k; c++) {
            int cue = hasher.cueIndex(this.codes.get(c)) * k;
            int words = hasher.cueWordIndex(this.codes.get(c)) * k;
            cueWeights[c] = Arrays.copyOfRange(this.weights, cue, cue + k);
            cueWordWeights[c] = Arrays.copyOfRange(this.weights, words, words + k);
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(new float[k + 1], new int[k], new double[k], new boolean[k]));
        this.hash = fileHash != null ? fileHash : LinearModelFile.sha(LinearModelFile.bytes(this));
    }

    /** The codebook's id. */
    public String codebookId() {
        return codebookId;
    }

    /** The codebook's version. */
    public String codebookVersion() {
        return codebookVersion;
    }

    /** The codes, in the order of the scores. */
    public List<String> codes() {
        return codes;
    }

    /** The first 12 hex digits of the SHA-256 of the model file. */
    public String hash() {
        return hash;
    }

    FeatureHasher hasher() {
        return hasher;
    }

    /** The weights, feature-major (not copied: for {@link LinearModelFile}). */
    float[] weights() {
        return weights;
    }

    /** The bias of each code (not copied). */
    float[] bias() {
        return bias;
    }

    /** The calibration, three numbers per code (not copied). */
    double[] calibration() {
        return calibration;
    }

    /** The thresholds, three per code (not copied). */
    double[] allThresholds() {
        return thresholds;
    }

    /** Whether this model was trained on {@code codebook}: its id, version and codes. */
    public boolean trainedOn(Codebook codebook) {
        return mismatch(codebook, "the model") == null;
    }

    /** Throws a one-line {@link ModelMismatchException} unless this model was trained on {@code codebook}. */
    public void requireCodebook(Codebook codebook, String what) {
        String mismatch = mismatch(codebook, what);
        if (mismatch != null) {
            throw new ModelMismatchException(mismatch);
        }
    }

    /** Why {@code what}, this model, does not fit {@code codebook}, or null when it was trained on it. */
    private String mismatch(Codebook codebook, String what) {
        if (!codebook.id().equals(codebookId) || !codebook.version().equals(codebookVersion)) {
            return what + " was trained on codebook " + codebookId + "@" + codebookVersion
                    + ", but the codebook in use is " + codebook.label() + "; train a model for it with "
                    + "'retour train --codebook FILE'";
        }
        if (!codebook.codeIds().equals(codes)) {
            return what + " was trained on codes " + codes + " of " + codebookId + "@"
                    + codebookVersion + ", but that codebook now has " + codebook.codeIds()
                    + "; give the codebook a new version and retrain";
        }
        return null;
    }

    /** The raw score (log-odds) of each code for a feature vector. */
    double[] scores(FeatureHasher.Vector v) {
        return scores(weights, bias, v);
    }

    /**
     * The raw score of each code for feature vector {@code v} under {@code weights} (feature-major) and
     * {@code bias}, one per code: also the trainer's, before there is a model.
     */
    static double[] scores(float[] weights, float[] bias, FeatureHasher.Vector v) {
        int k = bias.length;
        double[] s = new double[k];
        for (int c = 0; c < k; c++) {
            s[c] = bias[c];
        }
        int[] idx = v.index();
        float[] val = v.value();
        for (int i = 0; i < idx.length; i++) {
            int base = idx[i] * k;
            float x = val[i];
            for (int c = 0; c < k; c++) {
                s[c] += weights[base + c] * x;
            }
        }
        return s;
    }

    /**
     * The raw score of each code for {@code tokens}, in whose words the cues of the codes {@code fired} (by
     * number) fired, with {@code cueWords}, the cue words of the codebook this model was trained on: the score
     * of {@link FeatureHasher#vector(CueTokens, Collection, List, int[])}, computed without building the vector.
     * Design decision: a word's features are the same wherever it stands, so the sums of their weights, their
     * number and the codes whose cue words it is are kept with the word in the thread's {@link WordTable}, the
     * sums in one array that each occurrence adds and the codes as bits, which are rarely any.
     */
    double[] scores(CueTokens tokens, boolean[] fired, CueWords cueWords) {
        return scores(tokens, fired, cueWords, this.scratch.get(), new double[codes.size()]);
    }

    /**
     * The scores of {@link #scores(CueTokens, boolean[], CueWords)} in an array of this thread's, which the
     * thread's next call overwrites. Design decision: a coder reads a segment's scores before it scores the
     * next, so one array per thread serves every segment.
     */
    double[] scoresInPlace(CueTokens tokens, boolean[] fired, CueWords cueWords) {
        Scratch scratch = this.scratch.get();
        return scores(tokens, fired, cueWords, scratch, scratch.scores());
    }

    /** An array of this thread's, one per code, all false, to mark the codes whose cues fired before {@link #scoresInPlace}. */
    boolean[] noneFired() {
        boolean[] fired = scratch.get().fired();
        Arrays.fill(fired, false);
        return fired;
    }

    private double[] scores(CueTokens tokens, boolean[] fired, CueWords cueWords, Scratch scratch, double[] s) {
        int k = codes.size();
        float[] text = scratch.sums();
        int[] cueWordCounts = scratch.cueWords();
        Arrays.fill(text, 0f);
        Arrays.fill(cueWordCounts, 0);
        for (int i = 0; i < tokens.size(); i++) {
            WordTable.Word e = tokens.entry(i);
            float[] sums = e.weightSums(this);
            if (sums == null) {
                sums = wordSums(e);
                e.keepWeightSums(this, sums, cueWords.codesOf(e.forms) & (k >= 64 ? -1L : (1L << k) - 1));
            }
            for (int c = 0; c < text.length; c++) {
                text[c] += sums[c];
            }
            for (long codes = e.cueWordCodes(); codes != 0; codes &= codes - 1) {
                cueWordCounts[Long.numberOfTrailingZeros(codes)]++;
            }
        }
        int n = (int) text[k];
        double scale = n == 0 ? 0 : (float) (1 / Math.sqrt(n));
        for (int c = 0; c < k; c++) {
            s[c] = bias[c] + text[c] * scale;
        }
        for (int c = 0; c < k; c++) {
            if (fired[c]) {
                add(s, cueWeights[c], FeatureHasher.CUE_VALUE);
            }
            int words = cueWordCounts[c];
            if (words > 0) {
                add(s, cueWordWeights[c], FeatureHasher.cueWordValue(words));
            }
        }
        return s;
    }

    private static void add(double[] s, float[] row, float value) {
        for (int c = 0; c < s.length; c++) {
            s[c] += row[c] * value;
        }
    }

    /** Which codes, by number, are among {@code ids}. */
    boolean[] codesAmong(Collection<String> ids) {
        boolean[] out = new boolean[codes.size()];
        for (String id : ids) {
            int c = codes.indexOf(id);
            if (c >= 0) {
                out[c] = true;
            }
        }
        return out;
    }

    /** What word {@code e} adds to a segment's score: per code the sum of the weights of its features, then their number. */
    private float[] wordSums(WordTable.Word e) {
        int k = codes.size();
        int[] f = FeatureHasher.features(e);
        float[] sums = new float[k + 1];
        for (int j = 0; j < f.length; j++) {
            int base = hasher.index(f[j]) * k;
            for (int c = 0; c < k; c++) {
                sums[c] += weights[base + c];
            }
        }
        sums[k] = f.length;
        return sums;
    }

    /** The weight of feature {@code index} for code number {@code code}. */
    double weight(int index, int code) {
        return weights[index * codes.size() + code];
    }

    /** The calibrated confidence of code number {@code code} given its score and whether a rule fired. */
    double confidence(int code, double score, boolean rule) {
        return Calibration.confidence(calibration, 3 * code, score, rule);
    }

    /**
     * The fewest words of a segment the model gives a code to that no cue found. Design decision: a few common words
     * left between quotes ("and the", « et le ») hold no view, yet their features can score as high as a rescue
     * threshold; cross-validated on dev, refusing segments of fewer than three words moved document macro-F1 by
     * less than a thousandth.
     */
    static final int MIN_WORDS = 3;

    /** Whether a segment of {@code words} words is long enough for the model to give a code no cue found. */
    static boolean longEnough(int words) {
        return words >= MIN_WORDS;
    }

    /** Whether the model alone gives code number {@code code} at confidence {@code conf}. */
    boolean givesAlone(int code, double conf) {
        return conf >= thresholds[3 * code];
    }

    /**
     * Whether the rules and the model together may give code number {@code code}, which no cue found, at raw
     * score {@code score}: false only when its confidence surely stays below the rescue threshold, which spares
     * the exponential for almost every code of almost every segment.
     */
    boolean mayRescue(int code, double score) {
        return Calibration.logOdds(calibration, 3 * code, score, false) >= rescueLogits[code];
    }

    /**
     * Whether the rules and the model together can give no code that no cue found: every rescue threshold lies
     * above any confidence, as training sets it when rescuing raised no held-out F1. A segment where no cue fired
     * then needs no score.
     */
    boolean rescuesNone() {
        return rescuesNone;
    }

    /** Whether the rules and the model together give code number {@code code} at confidence {@code conf}. */
    boolean givesCombined(int code, double conf, boolean rule) {
        return rule ? conf >= thresholds[3 * code + 2] : conf >= thresholds[3 * code + 1];
    }

    /** The three thresholds of code number {@code code}: the model alone's, the rescue's and the veto's. */
    double[] thresholds(int code) {
        return Arrays.copyOfRange(thresholds, 3 * code, 3 * code + 3);
    }

    /** Writes the model to {@code file}. */
    public void write(Path file) throws IOException {
        Files.write(file, LinearModelFile.bytes(this));
    }

    /** Reads a model; a one-line {@link ModelMismatchException} if it is not a Retour model. */
    public static LinearModel read(Path file) {
        return LinearModelFile.read(file);
    }

    /**
     * The model that ships with Retour: trained by {@code retour train --gold gold/dev} on the standard
     * codebook, read on first use.
     */
    public static LinearModel standard() {
        return Bundled.MODEL;
    }

    /** Holds the bundled model, read when first asked for. */
    private static final class Bundled {
        static final String RESOURCE = "standard.model";
        static final LinearModel MODEL = load();

        private static LinearModel load() {
            try (var in = LinearModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled model " + RESOURCE + " is missing from the class path");
                }
                return LinearModelFile.read(in.readAllBytes(), "the bundled model");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

}
