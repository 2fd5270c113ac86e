package org.retour.eval;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A confusion table: for each gold label, how often each label was predicted for it.
 *
 * <p>Immutable; its JSON form is the nested map itself.
 *
 * @param counts gold label to predicted label to count, both sorted
 */
public record Confusion(@JsonValue Map<String, Map<String, Integer>> counts) {

    /** No observation. */
    public static final Confusion EMPTY = new Confusion(Map.of());

    public Confusion {
        TreeMap<String, Map<String, Integer>> c = new TreeMap<>();
        counts.forEach((k, v) -> c.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        counts = Collections.unmodifiableMap(c);
    }

    /** Adds one observation to a table being built. */
    static void count(Map<String, Map<String, Integer>> building, String gold, String predicted) {
        building.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    }

    /** How often {@code predicted} was predicted for {@code gold}. */
    public int count(String gold, String predicted) {
        return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    /** Every predicted label, sorted. */
    public TreeSet<String> columns() {
        TreeSet<String> cols = new TreeSet<>();
        counts.values().forEach(row -> cols.addAll(row.keySet()));
        return cols;
    }

    /** Both tables added up. */
    public Confusion plus(Confusion o) {
        Map<String, Map<String, Integer>> c = new TreeMap<>();
        for (Map<String, Map<String, Integer>> src : java.util.List.of(counts, o.counts)) {
            src.forEach((g, row) -> row.forEach((p, n) -> c.computeIfAbsent(g, x -> new TreeMap<>()).merge(p, n, Integer::sum)));
        }
        return new Confusion(c);
    }
}
