package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleThresholdsTest {

    private static final double[] GRID = {0.2, 0.4, 0.6, 0.8};

    @Test
    void rescuesTheArticlesTheRulesMissWhenTheModelIsSureOfThem() {
        // four articles of one segment each: a cue found the first; the model is sure of the second, a positive
        // no cue found, and unsure of the two negatives
        double[][] alone = {{0.1, 0.7, 0.3, 0.1}};
        boolean[][] rule = {{true, false, false, false}};
        boolean[][] gold = {{true, true, false, false}};
        double t = ArticleThresholds.sharedRescue(alone, rule, gold, new boolean[] {true}, new int[] {0, 1, 2, 3}, 4,
                GRID, 0.002, 1);
        assertThat(t).isEqualTo(0.4);
    }

    @Test
    void anArticleCountsOnceWhateverItsSegments() {
        // the missed positive article has two segments, one of them sure; the negative article's best is unsure
        double[][] alone = {{0.1, 0.9, 0.3}};
        boolean[][] rule = {{false, false, false}};
        boolean[][] gold = {{false, true, false}};
        double t = ArticleThresholds.sharedRescue(alone, rule, gold, new boolean[] {true}, new int[] {0, 0, 1}, 2,
                GRID, 0.002, 1);
        assertThat(t).isEqualTo(0.4);
    }

    @Test
    void noRescueWhenItOnlyAddsFalseCodes() {
        double[][] alone = {{0.9, 0.9, 0.1}};
        boolean[][] rule = {{false, false, true}};
        boolean[][] gold = {{false, false, true}};
        double t = ArticleThresholds.sharedRescue(alone, rule, gold, new boolean[] {true}, new int[] {0, 1, 2}, 3,
                GRID, 0.002, 1);
        assertThat(t).isEqualTo(Calibration.NEVER);
    }

    @Test
    void aCodeThatMayNotBeRescuedDoesNotWeighAgainstARescue() {
        // code 0: a cue found two of three positive articles, the model is sure of the third; code 1: the model
        // is as sure of two negatives, which a rescue would give code 1 if it could be rescued
        double[][] alone = {{0.9, 0.1, 0.1, 0.1, 0.1}, {0.9, 0.1, 0.1, 0.9, 0.1}};
        boolean[][] rule = {{false, true, true, false, false}, {false, false, false, false, true}};
        boolean[][] gold = {{true, true, true, false, false}, {false, false, false, false, true}};
        int[] article = {0, 1, 2, 3, 4};
        assertThat(ArticleThresholds.sharedRescue(alone, rule, gold, new boolean[] {true, true}, article, 5, GRID, 0.002, 1))
                .isEqualTo(Calibration.NEVER);
        assertThat(ArticleThresholds.sharedRescue(alone, rule, gold, new boolean[] {true, false}, article, 5, GRID, 0.002, 1))
                .isEqualTo(0.2);
    }

    @Test
    void theLowestThresholdKeepingTheShareOfTheBestGainIsChosen() {
        // ten positives found by a cue; one positive the model gives 0.5 and one negative it gives 0.3: 0.4 is
        // best (F1 1.0, a gain of 0.048 over the rules' 0.952), 0.2 adds the negative (F1 0.957, under a tenth of the
        // gain), 0.6 and 0.8 miss the positive (the rules' own F1)
        double[][] alone = {{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 0.3}};
        boolean[][] rule = {{true, true, true, true, true, true, true, true, true, true, false, false}};
        boolean[][] gold = {{true, true, true, true, true, true, true, true, true, true, true, false}};
        int[] article = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        boolean[] eligible = {true};
        assertThat(ArticleThresholds.sharedRescue(alone, rule, gold, eligible, article, 12, GRID, 0.002, 1))
                .isEqualTo(0.4);
        assertThat(ArticleThresholds.sharedRescue(alone, rule, gold, eligible, article, 12, GRID, 0.002, 0.8))
                .isEqualTo(0.4);
        assertThat(ArticleThresholds.sharedRescue(alone, rule, gold, eligible, article, 12, GRID, 0.002, 0.05))
                .isEqualTo(0.2);
        // a share of nothing never turns a rescue off: a threshold must still gain over the rules
        assertThat(ArticleThresholds.sharedRescue(alone, rule, gold, eligible, article, 12, GRID, 0.002, 0))
                .isEqualTo(0.2);
    }

    @Test
    void theShareOfTheGainIsMeasuredFromTheRulesNotFromZero() {
        // the same ten cue-found positives and the sure positive (0.5), now with two negatives at 0.3: 0.2 adds
        // both (F1 0.917, below the rules' 0.952), so no share however small chooses it
        double[][] alone = {{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5, 0.3, 0.3}};
        boolean[][] rule = {{true, true, true, true, true, true, true, true, true, true, false, false, false}};
        boolean[][] gold = {{true, true, true, true, true, true, true, true, true, true, true, false, false}};
        int[] article = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        assertThat(ArticleThresholds.sharedRescue(alone, rule, gold, new boolean[] {true}, article, 13, GRID, 0.002, 0.01))
                .isEqualTo(0.4);
    }

    @Test
    void theModelAloneGivesACodeFromTheConfidenceBestForArticlesNotSegments() {
        // article 0 tells the story twice, once surely (0.9) and once in doubt (0.3); article 1 does not tell it,
        // but one of its segments stands at 0.3: 0.3 would find one more segment, and one false article
        double[] conf = {0.9, 0.3, 0.3, 0.1};
        boolean[] gold = {true, true, false, false};
        int[] article = {0, 0, 1, 1};
        assertThat(ArticleThresholds.alone(conf, gold, article, 2, GRID)).isEqualTo(0.4);
    }

    @Test
    void theModelAloneGivesNoCodeThatNoThresholdFindsRightly() {
        double[] conf = {0.9, 0.1};
        boolean[] gold = {false, true};
        assertThat(ArticleThresholds.alone(conf, gold, new int[] {0, 1}, 2, GRID)).isEqualTo(Calibration.NEVER);
    }
}
