package org.retour.entity;

import java.util.Collection;
import java.util.Set;

/**
 * A set of lookup keys ({@link Fold#key}) that a token is checked against by its number in
 * {@link WordIds}: one bit test, no string hashing or comparing.
 *
 * <p>Design decision: scanners ask "is this token one of these words?" at almost every token (a word
 * that may begin a place in lower case, a date cue, a word that links a number to its noun); the
 * token's number is worked out once per document by {@link TokenView#id}, so a bit set over the
 * numbers answers it at the cost of an array read. Immutable and thread-safe.
 */
public final class WordSet {

    private final Set<String> keys;
    private final long[] bits;

    private WordSet(Set<String> keys) {
        this.keys = Set.copyOf(keys);
        int max = -1;
        int[] ids = new int[this.keys.size()];
        int k = 0;
        for (String key : this.keys) {
            ids[k] = WordIds.register(key);
            max = Math.max(max, ids[k]);
            k++;
        }
        bits = new long[(max + 64) >>> 6];
        for (int id : ids) {
            bits[id >>> 6] |= 1L << id;
        }
    }

    /** The set of {@code keys}, which are compared with tokens' lookup keys as they are. */
    public static WordSet of(Collection<String> keys) {
        return new WordSet(Set.copyOf(keys));
    }

    /** Whether the key of token {@code i} of {@code v} is in the set. */
    public boolean contains(TokenView v, int i) {
        int id = v.id(i);
        return id >= 0 && (id >>> 6) < bits.length && (bits[id >>> 6] & 1L << id) != 0;
    }

    /** Whether {@code key} is in the set. */
    public boolean contains(String key) {
        return keys.contains(key);
    }

    /** The keys. */
    public Set<String> keys() {
        return keys;
    }
}
