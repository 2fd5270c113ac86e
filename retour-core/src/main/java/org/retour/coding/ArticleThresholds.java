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
     * given that code, the lowest of {@code grid} that keeps at least {@code share} of the best gain in mean
     * article-level F1 over the rules' verdict; {@link Calibration#NEVER} unless the best gain exceeds
     * {@code minGain}.
     *
     * <p>Design decision: the lowest threshold that keeps a share of the gain (the trainer asks four fifths),
     * not the optimum nor the lowest within a fixed distance of it. The curve climbs steeply from the lowest
     * thresholds, where false rescues cost more than they find, to a long flat top: its argmax moves with a
     * handful of articles, and so does a level a fixed distance below it, which crosses the top's gently
     * sloping flank. A level set as a share of the gain crosses the curve where it still climbs (on dev, over
     * five seeds of the inner folds: 0.225 every time, where a tenth of a point below the best gave 0.25 or
     * 0.275). And the lower side is the right one: cross-validated on dev, fixed thresholds score best at
     * 0.225–0.25 and lose a little with each step up, where the inner folds' argmax lies at 0.3–0.45.
     *
     * @param alone    per code, each segment's confidence without a cue
     * @param rule     per code, whether a cue of it fired in each segment
     * @param gold     per code, whether each segment carries it
     * @param eligible per code, whether the code may be rescued at all (its calibration was fitted)
     * @param share    the share of the best gain over the rules' verdict a lower threshold must keep to be chosen
     *                 (1 for the lowest argmax)
     */
    static double sharedRescue(double[][] alone, boolean[][] rule, boolean[][] gold, boolean[] eligible, int[] article,
                               int articles, double[] grid, double minGain, double share) {
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
        for (int g = 0; g < grid.length; g++) {
            if (f[g] > base + minGain && f[g] - base >= share * (best - base)) {
                return grid[g];
            }
        }
        return Calibration.NEVER;
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
