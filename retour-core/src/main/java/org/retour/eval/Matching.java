package org.retour.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/** Greedy one-to-one matching of gold and predicted items by a score, best scores first. */
final class Matching {

    private Matching() {
    }

    /** A matched pair: indices into the gold and predicted lists, and their score. */
    record Pair(int gold, int predicted, double score) {
    }

    /**
     * Pairs each gold item with at most one predicted item and the reverse, taking pairs by decreasing
     * score (ties: earlier gold, then earlier prediction); only pairs scoring at least {@code min} and above 0.
     */
    static <G, P> List<Pair> greedy(List<G> gold, List<P> predicted, ToDoubleBiFunction<G, P> score, double min) {
        List<Pair> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                double s = score.applyAsDouble(gold.get(g), predicted.get(p));
                if (s > 0 && s >= min) {
                    candidates.add(new Pair(g, p, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        boolean[] usedG = new boolean[gold.size()];
        boolean[] usedP = new boolean[predicted.size()];
        List<Pair> out = new ArrayList<>();
        for (Pair c : candidates) {
            if (!usedG[c.gold()] && !usedP[c.predicted()]) {
                usedG[c.gold()] = true;
                usedP[c.predicted()] = true;
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(Pair::gold));
        return out;
    }
}
