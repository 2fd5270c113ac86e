package org.retour.entity;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The global numbering of the words of every gazetteer and lexicon: each lookup key a gazetteer
 * uses gets a number once, so that a document's tokens are numbered once ({@link TokenView#id}) and
 * the lookups of all gazetteers become array checks.
 *
 * <p>Thread-safe; numbers are only ever added, never changed.
 */
public final class WordIds {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>(4096);
    private static volatile int size;

    private WordIds() {
    }

    /** The number of {@code key}, given it now if it has none. */
    public static synchronized int register(String key) {
        Integer id = IDS.get(key);
        if (id == null) {
            id = size;
            IDS.put(key, id);
            size = id + 1;
        }
        return id;
    }

    /** The number of {@code key}, or -1 when no gazetteer uses it. */
    public static int lookup(String key) {
        Integer id = IDS.get(key);
        return id == null ? -1 : id;
    }

    /** How many words are numbered (grows when a gazetteer is loaded). */
    public static int size() {
        return size;
    }
}
