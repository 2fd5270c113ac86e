package org.retour.coding;

import java.util.Arrays;

/**
 * Chooses the rescue threshold of the rules and model together at the grain coding is judged at, the
 * article: an article is given a code when one of its segments is, so the threshold is the one that
 * maximises the mean over codes of article-level F1 on held-out segments. One threshold for all codes
 * (each code's confidence is already calibrated) is chosen from far fewer articles than a threshold per
 * code would need, and so carries over to unseen articles better.
 */
final class ArticleThresholds {

    private ArticleThresholds() {
    }

    /**
     * One rescue threshold for every code: the confidence from which a segment no cue of a code found is
     * given that code, the lowest of {@code grid} whose mean over codes of article-level F1 is within
     * {@code plateau} of the best; {@link Calibration#NEVER} unless it beats the rules' verdict by more than
     * {@code minGain}.
     *
     * <p>Design decision: the lowest threshold on the optimum's plateau, not the optimum itself. The curve is
     * flat near its top (thresholds a few steps apart differ by less than a tenth of a point), so the argmax
     * moves with a handful of training articles. And the held-out folds favour the cues: they were written
     * against the same articles, so on text nobody tuned on they fire less and the model's rescues matter more.
     * Both argue for the lowest threshold the folds cannot tell from the best.
     *
     * @param alone    per code, each segment's confidence without a cue
     * @param rule     per code, whether a cue of it fired in each segment
     * @param gold     per code, whether each segment carries it
     * @param eligible per code, whether the code may be rescued at all (its calibration was fitted)
     * @param plateau  how far below the best mean F1 a lower threshold may stay and still be chosen
     */
    static double sharedRescue(double[][] alone, boolean[][] rule, boolean[][] gold, boolean[] eligible, int[] article,
                               int articles, double[] grid, double minGain, double plateau) {
        int k = alone.length;
        double[][] other = new double[k][articles];
        double[][] cue = new double[k][articles];
        boolean[][] pos = new boolean[k][articles];
        for (int c = 0; c < k; c++) {
            Arrays.fill(other[c], -1);
            Arrays.fill(cue[c], -1);
            for (int i = 0; i < article.length; i++) {
                int a = article[i];
                pos[c][a] |= gold[c][i];
                if (rule[c][i]) {
                    cue[c][a] = 1;
                } else if (eligible[c]) {
                    other[c][a] = Math.max(other[c][a], alone[c][i]);
                }
            }
        }
        double base = 0;
        for (int c = 0; c < k; c++) {
            base += f1(other[c], pos[c], Calibration.NEVER, cue[c], 0) / k;
        }
        double[] f = new double[grid.length];
        double best = base + minGain;
        for (int g = 0; g < grid.length; g++) {
            for (int c = 0; c < k; c++) {
                f[g] += f1(other[c], pos[c], grid[g], cue[c], 0) / k;
            }
            best = Math.max(best, f[g]);
        }
        if (best <= base + minGain) {
            return Calibration.NEVER;
        }
        double out = Calibration.NEVER;
        for (int g = grid.length - 1; g >= 0; g--) {
            if (f[g] > base + minGain && f[g] >= best - plateau && (out == Calibration.NEVER || grid[g] < out)) {
                out = grid[g];
            }
        }
        return out;
    }

    /**
     * The confidence from which the model alone gives one code: the lowest of {@code grid} (ascending) that maximises the
     * code's article-level F1 on held-out segments (an article is given the code when one of its segments
     * reaches it); {@link Calibration#NEVER} when none gives a single article rightly.
     *
     * <p>Design decision: the article, not the segment, because an article is judged by its codes; a threshold
     * chosen for segments lets through the one doubtful segment of each article that holds no such story.
     *
     * @param conf    each segment's confidence
     * @param gold    whether each segment carries the code
     * @param article each segment's article number, below {@code articles}
     */
    static double alone(double[] conf, boolean[] gold, int[] article, int articles, double[] grid) {
        double[] best = new double[articles];
        boolean[] pos = new boolean[articles];
        Arrays.fill(best, -1);
        for (int i = 0; i < article.length; i++) {
            best[article[i]] = Math.max(best[article[i]], conf[i]);
            pos[article[i]] |= gold[i];
        }
        double out = Calibration.NEVER;
        double top = 0;
        for (double t : grid) {
            double f = f1(best, pos, t, null, 0);
            if (f > top) {
                top = f;
                out = t;
            }
        }
        return out;
    }

    /** Article-level F1 when an article is given the code by {@code other ≥ rescue} or by a cue ({@code cue ≥ veto}). */
    private static double f1(double[] other, boolean[] pos, double rescue, double[] cue, double veto) {
        int tp = 0, fp = 0, fn = 0;
        for (int a = 0; a < other.length; a++) {
            boolean given = other[a] >= rescue || cue != null && cue[a] >= 0 && cue[a] >= veto;
            tp += given && pos[a] ? 1 : 0;
            fp += given && !pos[a] ? 1 : 0;
            fn += !given && pos[a] ? 1 : 0;
        }
        return Calibration.f1(tp, fp, fn);
    }
}
