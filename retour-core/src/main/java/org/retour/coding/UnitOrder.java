package org.retour.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.retour.model.Span;

/**
 * The order of a document's segments: the quotes' units and the sentences' merged by span, as a stable sort
 * orders them.
 *
 * <p>Stateless and thread-safe.
 */
final class UnitOrder {

    private UnitOrder() {
    }

    /**
     * {@code units} ordered by span as a stable sort orders them, where the first {@code split} are the
     * quotes' and the rest the sentences'. Design decision: both runs are mostly in order already, so they
     * are merged in one pass, the quotes' first on equal spans as a stable sort keeps them; a run out of
     * order falls back to the sort.
     */
    static List<TestimonySegmenter.Unit> inTextOrder(List<TestimonySegmenter.Unit> units, int split) {
        if (!ordered(units, 0, split) || !ordered(units, split, units.size())) {
            List<TestimonySegmenter.Unit> sorted = new ArrayList<>(units);
            sorted.sort(Comparator.comparing(u -> u.segment().span()));
            return sorted;
        }
        List<TestimonySegmenter.Unit> out = new ArrayList<>(units.size());
        int a = 0;
        int b = split;
        while (a < split && b < units.size()) {
            out.add(span(units, a).compareTo(span(units, b)) <= 0 ? units.get(a++) : units.get(b++));
        }
        out.addAll(units.subList(a, split));
        out.addAll(units.subList(b, units.size()));
        return out;
    }

    private static boolean ordered(List<TestimonySegmenter.Unit> units, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (span(units, k - 1).compareTo(span(units, k)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static Span span(List<TestimonySegmenter.Unit> units, int k) {
        return units.get(k).segment().span();
    }
}
