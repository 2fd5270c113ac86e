package org.retour.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Trains a {@link LinearModel}: one L2-regularised logistic regression per code on hashed features,
 * fitted by AdaGrad with rare positives weighted up, on the given examples and the codebook's own (each
 * example a cue fired in also once more with its text features alone); then,
 * from out-of-fold scores (folds keep articles whole), a calibration per code that combines the model's
 * score with whether the rule coder's cues fired, and the thresholds that maximise held-out article-level F1.
 *
 * <p>Deterministic for a given seed. Thread-safe (holds only its options).
 */
public final class LinearTrainer {

    /**
     * How to train.
     *
     * @param epochs       passes over the data
     * @param learningRate AdaGrad's base step
     * @param l2           the L2 penalty
     * @param folds        folds for the out-of-fold scores the calibration is fitted on (at least 2)
     * @param bits         log2 of the number of hashed features
     * @param maxWeight    the most a positive example weighs against a negative one: each code's positives
     *                     weigh (negatives / positives), capped at this (1 for no weighting)
     * @param seed         the shuffling seed
     */
    public record Options(int epochs, double learningRate, double l2, int folds, int bits, double maxWeight, long seed) {

        /** Sensible defaults: 6 epochs, step 0.3, L2 1e-6, 3 folds, 2^18 features, positives weigh up to 10. */
        public static final Options DEFAULT = new Options(6, 0.3, 1e-6, 3, 18, 10, 20160610L);

        public Options {
            if (epochs < 1 || learningRate <= 0 || l2 < 0 || folds < 2 || bits < 10 || bits > 24 || !(maxWeight >= 1)) {
                throw new IllegalArgumentException("bad training options: " + epochs + " epochs, rate " + learningRate
                        + ", l2 " + l2 + ", " + folds + " folds, " + bits + " bits, max weight " + maxWeight);
            }
        }

        /** These options with another number of epochs. */
        public Options withEpochs(int e) {
            return new Options(e, learningRate, l2, folds, bits, maxWeight, seed);
        }
    }

    /** The lowest confidence from which the model alone, or the model where no cue fired, may give a code. */
    static final double RESCUE_FLOOR = 0.1;
    /** The step between the confidences tried as thresholds, from {@link #RESCUE_FLOOR} up. */
    static final double RESCUE_STEP = 0.025;
    /** How many confidences are tried as thresholds (up to 0.825). */
    static final int RESCUE_STEPS = 30;
    /** How much held-out mean article-level F1 a rescue must gain over the rules' verdict to be used at all. */
    static final double MIN_GAIN = 0.002;
    /**
     * The share of the best held-out gain in mean article-level F1 over the rules' verdict that a lower rescue
     * threshold must keep to be chosen ({@link ArticleThresholds#sharedRescue}): four fifths.
     */
    static final double RESCUE_SHARE = 0.8;

    /** Per-code counts of the out-of-fold predictions: of the combined coder and of the rules alone. */
    public record CodeReport(String code, int positives, int truePositives, int falsePositives, int falseNegatives,
                             int ruleTruePositives, int ruleFalsePositives, int ruleFalseNegatives) {

        /** F1 of the combined coder on held-out folds. */
        public double f1() {
            return f1(truePositives, falsePositives, falseNegatives);
        }

        /** F1 of the rules alone on the same examples. */
        public double ruleF1() {
            return f1(ruleTruePositives, ruleFalsePositives, ruleFalseNegatives);
        }

        private static double f1(int tp, int fp, int fn) {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /** The trained model and what the held-out folds say of it. */
    public record Result(LinearModel model, List<CodeReport> report, int examples, double seconds) {
    }

    private final Options options;

    public LinearTrainer(Options options) {
        this.options = Objects.requireNonNull(options);
    }

    /**
     * Trains on {@code examples} and the codebook's own examples for {@code codebook}; codes unknown to the
     * codebook are refused. Held-out folds keep each example group whole; the codebook's examples are in
     * every training fold and never held out.
     */
    public Result train(List<TrainingExample> examples, Codebook codebook) {
        long t0 = System.nanoTime();
        List<String> codes = codebook.codeIds();
        int k = codes.size();
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        List<TrainingExample> all = new ArrayList<>(examples);
        all.addAll(CodebookExamples.of(codebook));
        FeatureHasher hasher = new FeatureHasher(options.bits());
        RuleCoder rules = new RuleCoder(codebook, CodingLexicon.standard(), true);
        CueWords cueWords = new CueWords(codebook);
        int n = all.size();
        FeatureHasher.Vector[] x = new FeatureHasher.Vector[n];
        boolean[][] y = new boolean[n][k];
        boolean[][] r = new boolean[n][k];
        List<FeatureHasher.Vector> copies = new ArrayList<>();
        List<Integer> copied = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TrainingExample e = all.get(i);
            CueTokens tokens = CueTokens.of(e.text());
            java.util.Set<String> hits = rules.hits(tokens, e.text(), e.language()).keySet();
            x[i] = hasher.vector(tokens, hits, codes, cueWords.counts(tokens, k));
            for (String c : e.codes()) {
                int ci = codes.indexOf(c);
                if (ci < 0) {
                    throw new IllegalArgumentException("training example has code '" + c + "', which is not in codebook "
                            + codebook.label() + " " + codes);
                }
                y[i][ci] = true;
            }
            for (String c : hits) {
                r[i][codes.indexOf(c)] = true;
            }
            if (!hits.isEmpty()) {
                copies.add(hasher.vector(tokens));
                copied.add(i);
            }
        }
        int[] fold0 = folds(all);
        Fitted fitted = withTextCopies(x, y, fold0, copies, copied);
        int[] fold = fitted.fold();
        double[][] oof = new double[n][];
        for (int f = 0; f < options.folds(); f++) {
            final int held = f;
            float[][] wb = fit(fitted.x(), fitted.y(), i -> fold[i] != held, k, n);
            for (int i = 0; i < n; i++) {
                if (fold[i] == held) {
                    oof[i] = LinearModel.scores(wb[0], wb[1], x[i]);
                }
            }
        }
        int[] heldOut = java.util.stream.IntStream.range(0, n).filter(i -> fold0[i] >= 0).toArray();
        double[] cal = new double[3 * k];
        double[] th = new double[3 * k];
        int[] article = articles(all, heldOut);
        int articles = java.util.Arrays.stream(article).max().orElse(-1) + 1;
        for (int c = 0; c < k; c++) {
            fitCode(c, heldOut, oof, r, y, cal, th, article, articles);
        }
        shareRescue(heldOut, oof, r, y, cal, th, article, articles, k);
        float[][] wb = fit(fitted.x(), fitted.y(), i -> true, k, n);
        LinearModel model = new LinearModel(codebook.id(), codebook.version(), codes, options.bits(), wb[0], wb[1], cal, th);
        List<CodeReport> report = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int pos = 0, tp = 0, fp = 0, fn = 0, rtp = 0, rfp = 0, rfn = 0;
            for (int i : heldOut) {
                boolean gold = y[i][c];
                boolean pred = model.givesCombined(c, model.confidence(c, oof[i][c], r[i][c]), r[i][c]);
                pos += gold ? 1 : 0;
                tp += gold && pred ? 1 : 0;
                fp += !gold && pred ? 1 : 0;
                fn += gold && !pred ? 1 : 0;
                rtp += gold && r[i][c] ? 1 : 0;
                rfp += !gold && r[i][c] ? 1 : 0;
                rfn += gold && !r[i][c] ? 1 : 0;
            }
            report.add(new CodeReport(codes.get(c), pos, tp, fp, fn, rtp, rfp, rfn));
        }
        return new Result(model, report, n, (System.nanoTime() - t0) / 1e9);
    }

    /** The examples a model is fitted on, with the held-out fold of each. */
    record Fitted(FeatureHasher.Vector[] x, boolean[][] y, int[] fold) {
    }

    /**
     * The examples {@code x} with labels {@code y} and folds {@code fold}, followed by a copy of each example a cue
     * fired in ({@code copied}) that holds only its text features ({@code copies}), with the labels and fold of
     * the example it copies. The copies are fitted on, their positives not weighted up, and never scored: the
     * held-out scores the calibration is fitted on are the original examples'.
     *
     * <p>Design decision: where a cue fires, its feature explains the code and the segment's words learn little
     * of it, so on unseen text whose wording no cue names the model is unsure exactly where the rules need it.
     * Trained once more without its cue and cue-word features, a segment also teaches its words the code.
     * Cross-validated on dev (5 folds, means of three seeds) the combined coder's document macro-F1 rose 0.879 →
     * 0.888 and the model alone's 0.868 → 0.881; trained on the articles before 700 and tested on those from 947,
     * 0.860 → 0.871; with a random three tenths of the cues taken from the rules on the held-out folds only,
     * 0.854 → 0.875 (rules alone 0.820). Copies whose positives weigh as much as the originals' gained less (0.886)
     * and gave codes to a segment of one common word (the "and" left of a quote of quotes); copies that keep the
     * cue-word feature gained half as much, and copies that keep the cue feature (more weight on the same
     * examples) nothing.
     */
    static Fitted withTextCopies(FeatureHasher.Vector[] x, boolean[][] y, int[] fold,
                                         List<FeatureHasher.Vector> copies, List<Integer> copied) {
        int n = x.length;
        int m = n + copies.size();
        FeatureHasher.Vector[] xs = java.util.Arrays.copyOf(x, m);
        boolean[][] ys = java.util.Arrays.copyOf(y, m);
        int[] folds = java.util.Arrays.copyOf(fold, m);
        for (int j = 0; j < copies.size(); j++) {
            xs[n + j] = copies.get(j);
            ys[n + j] = y[copied.get(j)];
            folds[n + j] = fold[copied.get(j)];
        }
        return new Fitted(xs, ys, folds);
    }

    /**
     * The held-out fold of each example: groups (articles) are dealt round-robin in a seeded random order,
     * examples of unknown source one by one; the codebook's examples get -1 (never held out).
     */
    private int[] folds(List<TrainingExample> all) {
        Map<String, Integer> groupFold = new LinkedHashMap<>();
        all.forEach(e -> {
            if (!e.group().isEmpty() && !e.group().equals(TrainingExample.CODEBOOK)) {
                groupFold.putIfAbsent(e.group(), 0);
            }
        });
        List<String> groups = new ArrayList<>(groupFold.keySet());
        java.util.Collections.sort(groups);
        java.util.Collections.shuffle(groups, new java.util.Random(options.seed()));
        for (int g = 0; g < groups.size(); g++) {
            groupFold.put(groups.get(g), g % options.folds());
        }
        SplittableRandom rnd = new SplittableRandom(options.seed());
        int[] fold = new int[all.size()];
        for (int i = 0; i < fold.length; i++) {
            String g = all.get(i).group();
            fold[i] = g.equals(TrainingExample.CODEBOOK) ? -1 : g.isEmpty() ? rnd.nextInt(options.folds()) : groupFold.get(g);
        }
        return fold;
    }

    /**
     * Fits code {@code c}'s calibration on the held-out examples {@code idx}, and the model alone's threshold at
     * the grain coding is judged at, the article ({@link ArticleThresholds#alone}).
     */
    private static void fitCode(int c, int[] idx, double[][] oof, boolean[][] r, boolean[][] y, double[] cal, double[] th,
                                int[] article, int articles) {
        int m = idx.length;
        double[] s = new double[m];
        boolean[] rule = new boolean[m];
        boolean[] gold = new boolean[m];
        for (int j = 0; j < m; j++) {
            s[j] = oof[idx[j]][c];
            rule[j] = r[idx[j]][c];
            gold[j] = y[idx[j]][c];
        }
        double[] abc = Calibration.platt(s, rule, gold);
        System.arraycopy(abc, 0, cal, 3 * c, 3);
        boolean fitted = abc[0] != Calibration.RULES_ONLY[0];
        double[] conf = new double[m];
        for (int j = 0; j < m; j++) {
            conf[j] = Calibration.confidence(abc, 0, s[j], rule[j]);
        }
        th[3 * c] = fitted ? ArticleThresholds.alone(conf, gold, article, articles, grid()) : Calibration.NEVER;
    }

    /** The confidences tried as thresholds: {@link #RESCUE_STEPS} of them, {@link #RESCUE_STEP} apart from {@link #RESCUE_FLOOR}. */
    private static double[] grid() {
        double[] grid = new double[RESCUE_STEPS];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = RESCUE_FLOOR + RESCUE_STEP * i;
        }
        return grid;
    }

    /** The article number of each held-out example: examples of one group share one; those of no group have their own. */
    private static int[] articles(List<TrainingExample> all, int[] heldOut) {
        Map<String, Integer> ids = new java.util.HashMap<>();
        int[] out = new int[heldOut.length];
        int next = 0;
        for (int j = 0; j < heldOut.length; j++) {
            String g = all.get(heldOut[j]).group();
            if (g.isEmpty()) {
                out[j] = next++;
            } else {
                Integer id = ids.get(g);
                if (id == null) {
                    id = next++;
                    ids.put(g, id);
                }
                out[j] = id;
            }
        }
        return out;
    }

    /**
     * Sets every code's rescue to the one confidence, shared by all codes whose calibration was fitted, that
     * maximises the mean article-level F1 of the rules and model together on the held-out examples, and
     * takes no veto: a cue's code is kept.
     */
    private static void shareRescue(int[] idx, double[][] oof, boolean[][] r, boolean[][] y, double[] cal, double[] th,
                                    int[] article, int articles, int k) {
        int m = idx.length;
        double[][] alone = new double[k][m];
        boolean[][] rule = new boolean[k][m];
        boolean[][] gold = new boolean[k][m];
        boolean[] eligible = new boolean[k];
        for (int c = 0; c < k; c++) {
            eligible[c] = cal[3 * c] != Calibration.RULES_ONLY[0];
            for (int j = 0; j < m; j++) {
                alone[c][j] = Calibration.confidence(cal, 3 * c, oof[idx[j]][c], false);
                rule[c][j] = r[idx[j]][c];
                gold[c][j] = y[idx[j]][c];
            }
        }
        double t = ArticleThresholds.sharedRescue(alone, rule, gold, eligible, article, articles, grid(), MIN_GAIN, RESCUE_SHARE);
        for (int c = 0; c < k; c++) {
            th[3 * c + 1] = eligible[c] ? t : Calibration.NEVER;
            th[3 * c + 2] = 0;
        }
    }

    /** Per-code positives in {@code examples}, in codebook order. */
    public static Map<String, Integer> positives(List<TrainingExample> examples, Codebook codebook) {
        Map<String, Integer> out = new LinkedHashMap<>();
        codebook.codeIds().forEach(c -> out.put(c, 0));
        examples.forEach(e -> e.codes().forEach(c -> out.merge(c, 1, Integer::sum)));
        return out;
    }

    /**
     * Fits the weights and biases on the examples of {@code x} that {@code use} accepts; the positives of examples
     * from {@code copiesFrom} on (the text-only copies) weigh one.
     */
    private float[][] fit(FeatureHasher.Vector[] x, boolean[][] y, java.util.function.IntPredicate use, int k, int copiesFrom) {
        int dims = 1 << options.bits();
        float[] w = new float[dims * k];
        float[] g = new float[dims * k];
        float[] b = new float[k];
        float[] gb = new float[k];
        int[] order = new int[x.length];
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            if (use.test(i)) {
                order[m++] = i;
            }
        }
        double[] weight = new double[k];
        for (int c = 0; c < k; c++) {
            int pos = 0;
            for (int o = 0; o < m; o++) {
                pos += y[order[o]][c] ? 1 : 0;
            }
            weight[c] = pos == 0 ? 1 : Math.max(1, Math.min(options.maxWeight(), (m - pos) / (double) pos));
        }
        SplittableRandom rnd = new SplittableRandom(options.seed() + 1);
        float lr = (float) options.learningRate();
        float l2 = (float) options.l2();
        double[] grad = new double[k];
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            for (int i = m - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int o = 0; o < m; o++) {
                int ex = order[o];
                double[] s = LinearModel.scores(w, b, x[ex]);
                for (int c = 0; c < k; c++) {
                    double p = Calibration.sigmoid(s[c]);
                    grad[c] = y[ex][c] ? (p - 1) * (ex < copiesFrom ? weight[c] : 1) : p;
                    gb[c] += (float) (grad[c] * grad[c]);
                    b[c] -= (float) (lr * grad[c] / Math.sqrt(gb[c] + 1e-8));
                }
                int[] idx = x[ex].index();
                float[] val = x[ex].value();
                for (int f = 0; f < idx.length; f++) {
                    int base = idx[f] * k;
                    for (int c = 0; c < k; c++) {
                        float gr = (float) (grad[c] * val[f]) + l2 * w[base + c];
                        g[base + c] += gr * gr;
                        w[base + c] -= lr * gr / (float) Math.sqrt(g[base + c] + 1e-8f);
                    }
                }
            }
        }
        return new float[][] {w, b};
    }
}
