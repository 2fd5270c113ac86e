package org.retour.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Counts of true positives, false positives and false negatives, with precision, recall and F1.
 *
 * <p>Precision is 0 when nothing was predicted, recall 0 when there was nothing to find.
 */
public record Prf(int tp, int fp, int fn) {

    /** No counts. */
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** The counts of {@code matched} pairs out of {@code predicted} predictions and {@code gold} gold items. */
    public static Prf of(int matched, int predicted, int gold) {
        return new Prf(matched, predicted - matched, gold - matched);
    }

    /** tp / (tp + fp). */
    @JsonProperty
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn). */
    @JsonProperty
    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** The harmonic mean of precision and recall. */
    @JsonProperty
    public double f1() {
        return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    /** The sum of both counts. */
    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }
}
