package org.retour.coding;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Fits, from held-out scores, how a code's model score and rule verdict become one confidence (Platt
 * scaling with the rule as a second input) and the confidences from which each coder gives the code
 * (the thresholds that maximise F1 on the held-out examples).
 */
final class Calibration {

    /** The threshold that never gives a code: confidences do not exceed 1. */
    static final double NEVER = 1.01;
    /** Parameters (a, b, c) that trust the rules alone, for codes with too few positives to fit. */
    static final double[] RULES_ONLY = {0.0, 5.7, -4.0};

    private Calibration() {
    }

    /**
     * The log-odds of a code whose calibration (a, b, c) stands at {@code cal[at..at+3)}: a·score + b·rule + c,
     * with rule 1 when a cue of the code fired.
     */
    static double logOdds(double[] cal, int at, double score, boolean rule) {
        return cal[at] * score + (rule ? cal[at + 1] : 0) + cal[at + 2];
    }

    /** The calibrated confidence σ({@link #logOdds}) of a code whose calibration stands at {@code cal[at..at+3)}. */
    static double confidence(double[] cal, int at, double score, boolean rule) {
        return sigmoid(logOdds(cal, at, score, rule));
    }

    /**
     * The logistic function. Design decision: {@link StrictMath#exp}, the same on every machine, so that the
     * same gold trains the same model file everywhere.
     */
    static double sigmoid(double z) {
        return 1 / (1 + StrictMath.exp(-z));
    }

    /**
     * Fits (a, b, c) of σ(a·score + b·rule + c) by Newton's method, with Platt's smoothed targets and a
     * ridge penalty so that perfectly separated data cannot drive the parameters to infinity.
     */
    static double[] platt(double[] scores, boolean[] rule, boolean[] y) {
        int pos = 0;
        for (boolean b : y) {
            pos += b ? 1 : 0;
        }
        if (pos < 3 || pos > y.length - 3) {
            return RULES_ONLY.clone();
        }
        double[] p = {1, 1, 0};
        double ridge = 0.1;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (y.length - pos + 2.0);
        for (int iter = 0; iter < 50; iter++) {
            double[] gr = new double[3];
            double[][] h = new double[3][3];
            for (int i = 0; i < scores.length; i++) {
                double[] f = {scores[i], rule[i] ? 1 : 0, 1};
                double q = confidence(p, 0, scores[i], rule[i]);
                double d = q - (y[i] ? hi : lo);
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
            double norm = Math.sqrt(step[0] * step[0] + step[1] * step[1] + step[2] * step[2]);
            double scale = norm > 5 ? 5 / norm : 1;
            double max = 0;
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
                return RULES_ONLY.clone();
            }
        }
        return p;
    }

    /**
     * The confidence from which the examples not in {@code fixed} are given the code, chosen to maximise F1
     * over all examples (those in {@code fixed} count as given whatever their confidence), searched from
     * {@code floor} up; {@link #NEVER} unless it beats giving none of them by at least {@code minGain}.
     */
    static double rescue(double[] conf, boolean[] y, boolean[] fixed, double floor, double minGain) {
        int fixedTp = 0, fixedFp = 0, pos = 0;
        for (int i = 0; i < y.length; i++) {
            pos += y[i] ? 1 : 0;
            if (fixed[i]) {
                fixedTp += y[i] ? 1 : 0;
                fixedFp += y[i] ? 0 : 1;
            }
        }
        Integer[] order = candidates(conf, fixed, true);
        double base = f1(fixedTp, fixedFp, pos - fixedTp);
        double best = base + minGain;
        double threshold = NEVER;
        int tp = fixedTp, fp = fixedFp;
        for (int o = 0; o < order.length; o++) {
            int i = order[o];
            if (conf[i] < floor) {
                break;
            }
            tp += y[i] ? 1 : 0;
            fp += y[i] ? 0 : 1;
            boolean lastOfValue = o + 1 == order.length || conf[order[o + 1]] < conf[i];
            double f = f1(tp, fp, pos - tp);
            if (lastOfValue && f > best) {
                best = f;
                double next = o + 1 < order.length ? conf[order[o + 1]] : 0;
                threshold = Math.max(floor, (conf[i] + Math.max(next, floor)) / 2);
            }
        }
        return threshold;
    }

    private static Integer[] candidates(double[] conf, boolean[] skip, boolean descending) {
        Integer[] order = new Integer[conf.length];
        int m = 0;
        for (int i = 0; i < conf.length; i++) {
            if (!skip[i]) {
                order[m++] = i;
            }
        }
        order = Arrays.copyOf(order, m);
        Comparator<Integer> byConf = Comparator.comparingDouble(i -> conf[i]);
        Arrays.sort(order, descending ? byConf.reversed() : byConf);
        return order;
    }

    static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
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
