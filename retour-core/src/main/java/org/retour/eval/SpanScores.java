package org.retour.eval;

/**
 * Scores of dates or figures over a set of articles annotated with them.
 *
 * @param documents articles scored
 * @param gold      gold items
 * @param predicted predicted items
 * @param found     precision, recall and F1 of finding them (a prediction overlapping the gold text)
 * @param value     gold items found with the right value, over all gold items
 * @param full      gold items found with everything right (value and, for figures, source), over all gold items
 */
public record SpanScores(int documents, int gold, int predicted, Prf found, Ratio value, Ratio full) {

    /** No article. */
    public static final SpanScores EMPTY = new SpanScores(0, 0, 0, Prf.ZERO, Ratio.ZERO, Ratio.ZERO);

    /** The scores of both sets of articles together. */
    public SpanScores plus(SpanScores o) {
        return new SpanScores(documents + o.documents, gold + o.gold, predicted + o.predicted, found.plus(o.found),
                value.plus(o.value), full.plus(o.full));
    }
}
