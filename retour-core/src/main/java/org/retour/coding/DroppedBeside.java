package org.retour.coding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A sentence-level rule of a code: its cue is not counted in a sentence that also holds a cue of another code of
 * at least {@code minWords} words, or that has one within {@code sentences} sentences of it, unless one of the
 * {@code unless} words stands as near (a brutality cue beside "those who tried to flee" tells the punishment of
 * deserters, not brutality, unless civilians or prisoners are named there; night guards after "the Saudis had the
 * houses" tell unequal treatment, not a hard life).
 *
 * @param code      the id of the code whose cue makes this one drop
 * @param minWords  how many words that cue must match at least (1 or more)
 * @param sentences how many sentences before or after the cue's own that cue and the {@code unless} words may
 *                  stand in (0, the default, for the same sentence only)
 * @param unless    cue patterns by ISO 639-1 language that keep the cue counted when one stands as near
 */
public record DroppedBeside(String code, int minWords, int sentences, Map<String, List<String>> unless) {

    public DroppedBeside {
        Objects.requireNonNull(code, "code");
        if (minWords < 1) {
            throw new IllegalArgumentException("minWords must be at least 1: " + minWords);
        }
        if (sentences < 0) {
            throw new IllegalArgumentException("sentences must be 0 or more: " + sentences);
        }
        TreeMap<String, List<String>> copy = new TreeMap<>();
        if (unless != null) {
            unless.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        unless = java.util.Collections.unmodifiableMap(copy);
    }
}
