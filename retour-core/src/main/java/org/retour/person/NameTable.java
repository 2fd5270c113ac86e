package org.retour.person;

/**
 * A small table from names to values that answers a lookup of a stretch of a text, {@code text[start, end)},
 * as a lookup of that stretch as a string would, without making the string.
 *
 * <p>Design decision: the person finder looks every run of capitalised words up among the names, surnames
 * and given names found so far, and most runs are no person; making each run's string only to look it up
 * made a string and its bytes per run. Keys are hashed as {@link String#hashCode} hashes them, so a stretch
 * is hashed over its characters and compared in place ({@link String#regionMatches}); open addressing with
 * linear probing, since a document names a few dozen people at most. Null keys and values are not kept.
 * Not thread-safe: one per document and call.
 *
 * @param <V> what a name leads to
 */
final class NameTable<V> {

    private String[] keys = new String[16];
    private Object[] values = new Object[16];
    private int size;

    /** Whether the table holds no name. */
    boolean isEmpty() {
        return size == 0;
    }

    /** The value of {@code key}, or null. */
    V get(String key) {
        return get(key, 0, key.length(), key.hashCode());
    }

    /** The value of the name {@code text[start, end)}, as {@link #get(String)} of that stretch answers. */
    V get(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return get(text, start, end, h);
    }

    /** Whether the table holds {@code key}. */
    boolean containsKey(String key) {
        return get(key) != null;
    }

    /**
     * Whether the table holds token {@code k} of {@code view} as written, as {@link #containsKey} of its text answers.
     * Design decision: the hash is the one the view keeps, and the characters are compared in the text, so the
     * token's string, which every Arabic word is asked for, is not read.
     */
    boolean containsToken(org.retour.entity.TokenView view, int k) {
        return size != 0 && get(view.text(), view.start(k), view.end(k), view.hash(k)) != null;
    }

    /** Sets the value of {@code key}; returns the value it had, or null. */
    V put(String key, V value) {
        int slot = slot(key, 0, key.length(), key.hashCode());
        @SuppressWarnings("unchecked")
        V old = (V) values[slot];
        if (keys[slot] == null) {
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
        if (2 * size > keys.length) {
            grow();
        }
        return old;
    }

    /** Sets the value of {@code key} when it has none; returns the value it had, or null. */
    V putIfAbsent(String key, V value) {
        V old = get(key);
        if (old == null) {
            put(key, value);
        }
        return old;
    }

    @SuppressWarnings("unchecked")
    private V get(String text, int start, int end, int hash) {
        return (V) values[slot(text, start, end, hash)];
    }

    /** The slot of the name {@code text[start, end)} of hash {@code hash}: where it is, or the free slot where it would go. */
    private int slot(String text, int start, int end, int hash) {
        int mask = keys.length - 1;
        int len = end - start;
        for (int s = (hash ^ hash >>> 16) & mask; ; s = (s + 1) & mask) {
            String k = keys[s];
            if (k == null || k.length() == len && k.hashCode() == hash && k.regionMatches(0, text, start, len)) {
                return s;
            }
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            String k = oldKeys[i];
            if (k != null) {
                int s = slot(k, 0, k.length(), k.hashCode());
                keys[s] = k;
                values[s] = oldValues[i];
            }
        }
    }
}
