package org.retour.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Trains a {@link LinearModel}: one L2-regularised logistic regression per code on hashed features,
 * fitted by AdaGrad; then, from out-of-fold scores, a calibration per code that combines the model's
 * score with whether the rule coder's cues fired.
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
     * @param seed         the shuffling seed
     */
    public record Options(int epochs, double learningRate, double l2, int folds, int bits, long seed) {

        /** Sensible defaults: 6 epochs, step 0.3, L2 1e-6, 3 folds, 2^18 features. */
        public static final Options DEFAULT = new Options(6, 0.3, 1e-6, 3, 18, 20160610L);

        public Options {
            if (epochs < 1 || learningRate <= 0 || l2 < 0 || folds < 2 || bits < 10 || bits > 24) {
                throw new IllegalArgumentException("bad training options: " + epochs + " epochs, rate " + learningRate
                        + ", l2 " + l2 + ", " + folds + " folds, " + bits + " bits");
            }
        }
    }

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

    /** Trains on {@code examples} for {@code codebook}; codes unknown to the codebook are refused. */
    public Result train(List<TrainingExample> examples, Codebook codebook) {
        long t0 = System.nanoTime();
        List<String> codes = codebook.codeIds();
        int k = codes.size();
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        FeatureHasher hasher = new FeatureHasher(options.bits());
        RuleCoder rules = new RuleCoder(codebook, CodingLexicon.standard(), true);
        int n = examples.size();
        FeatureHasher.Vector[] x = new FeatureHasher.Vector[n];
        boolean[][] y = new boolean[n][k];
        boolean[][] r = new boolean[n][k];
        for (int i = 0; i < n; i++) {
            TrainingExample e = examples.get(i);
            CueTokens tokens = CueTokens.of(e.text());
            x[i] = hasher.vector(tokens);
            for (String c : e.codes()) {
                int ci = codes.indexOf(c);
                if (ci < 0) {
                    throw new IllegalArgumentException("training example has code '" + c + "', which is not in codebook "
                            + codebook.label() + " " + codes);
                }
                y[i][ci] = true;
            }
            for (String c : rules.hits(tokens, e.text(), e.language()).keySet()) {
                r[i][codes.indexOf(c)] = true;
            }
        }
        int[] fold = new int[n];
        SplittableRandom rnd = new SplittableRandom(options.seed());
        for (int i = 0; i < n; i++) {
            fold[i] = rnd.nextInt(options.folds());
        }
        double[][] oof = new double[n][];
        for (int f = 0; f < options.folds(); f++) {
            final int held = f;
            float[][] wb = fit(x, y, i -> fold[i] != held, k);
            for (int i = 0; i < n; i++) {
                if (fold[i] == held) {
                    oof[i] = score(wb, x[i], k);
                }
            }
        }
        double[] cal = new double[3 * k];
        for (int c = 0; c < k; c++) {
            double[] abc = calibrate(oof, r, y, c);
            System.arraycopy(abc, 0, cal, 3 * c, 3);
        }
        float[][] wb = fit(x, y, i -> true, k);
        LinearModel model = new LinearModel(codebook.id(), codebook.version(), codes, options.bits(), wb[0], wb[1], cal);
        List<CodeReport> report = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int pos = 0, tp = 0, fp = 0, fn = 0, rtp = 0, rfp = 0, rfn = 0;
            for (int i = 0; i < n; i++) {
                boolean gold = y[i][c];
                boolean pred = model.confidence(c, oof[i][c], r[i][c]) >= LinearCoder.THRESHOLD;
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

    /** Per-code positives in {@code examples}, in codebook order. */
    public static Map<String, Integer> positives(List<TrainingExample> examples, Codebook codebook) {
        Map<String, Integer> out = new LinkedHashMap<>();
        codebook.codeIds().forEach(c -> out.put(c, 0));
        examples.forEach(e -> e.codes().forEach(c -> out.merge(c, 1, Integer::sum)));
        return out;
    }

    private float[][] fit(FeatureHasher.Vector[] x, boolean[][] y, java.util.function.IntPredicate use, int k) {
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
                double[] s = score(new float[][] {w, b}, x[ex], k);
                for (int c = 0; c < k; c++) {
                    double p = 1 / (1 + Math.exp(-s[c]));
                    grad[c] = p - (y[ex][c] ? 1 : 0);
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

    private static double[] score(float[][] wb, FeatureHasher.Vector v, int k) {
        float[] w = wb[0];
        double[] s = new double[k];
        for (int c = 0; c < k; c++) {
            s[c] = wb[1][c];
        }
        int[] idx = v.index();
        float[] val = v.value();
        for (int f = 0; f < idx.length; f++) {
            int base = idx[f] * k;
            for (int c = 0; c < k; c++) {
                s[c] += w[base + c] * val[f];
            }
        }
        return s;
    }

    /**
     * Fits (a, b, c) of σ(a·score + b·rule + c) by Newton's method, with Platt's smoothed targets and a
     * ridge penalty so that perfectly separated data cannot drive the parameters to infinity.
     */
    static double[] calibrate(double[][] scores, boolean[][] rule, boolean[][] y, int c) {
        int pos = 0;
        for (boolean[] row : y) {
            pos += row[c] ? 1 : 0;
        }
        if (pos < 3 || pos > y.length - 3) {
            // too little to fit: the model knows nothing of this code, trust the rules alone
            return new double[] {0.0, 5.7, -4.0};
        }
        double[] p = {1, 1, 0};
        double ridge = 0.1;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (y.length - pos + 2.0);
        for (int iter = 0; iter < 50; iter++) {
            double[] gr = new double[3];
            double[][] h = new double[3][3];
            for (int i = 0; i < scores.length; i++) {
                double[] f = {scores[i][c], rule[i][c] ? 1 : 0, 1};
                double z = p[0] * f[0] + p[1] * f[1] + p[2];
                double q = 1 / (1 + Math.exp(-z));
                double d = q - (y[i][c] ? hi : lo);
                double wgt = Math.max(q * (1 - q), 1e-9);
                for (int a = 0; a < 3; a++) {
                    gr[a] += d * f[a];
                    for (int bb = 0; bb < 3; bb++) {
                        h[a][bb] += wgt * f[a] * f[bb];
                    }
                }
            }
            for (int a = 0; a < 3; a++) {
                gr[a] += ridge * p[a];
                h[a][a] += ridge;
            }
            double[] step = solve(h, gr);
            if (step == null) {
                break;
            }
            double max = 0;
            double norm = Math.sqrt(step[0] * step[0] + step[1] * step[1] + step[2] * step[2]);
            double scale = norm > 5 ? 5 / norm : 1;
            for (int a = 0; a < 3; a++) {
                p[a] -= scale * step[a];
                max = Math.max(max, Math.abs(step[a]));
            }
            if (max < 1e-7) {
                break;
            }
        }
        for (double v : p) {
            if (!Double.isFinite(v)) {
                return new double[] {0.0, 5.7, -4.0};
            }
        }
        return p;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[piv][col])) {
                    piv = row;
                }
            }
            if (Math.abs(m[piv][col]) < 1e-12) {
                return null;
            }
            double[] t = m[col];
            m[col] = m[piv];
            m[piv] = t;
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double f = m[row][col] / m[col][col];
                    for (int k = col; k <= n; k++) {
                        m[row][k] -= f * m[col][k];
                    }
                }
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = m[i][n] / m[i][i];
        }
        return out;
    }
}
