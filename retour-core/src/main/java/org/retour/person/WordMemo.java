package org.retour.person;

import java.util.function.BiFunction;

/**
 * A small cache of what a pure function gives for a word in a language, so that a word that comes back
 * in token after token and document after document is worked out once.
 *
 * <p>Design decision: direct-mapped, as {@code TokenWords} is: a word takes the slot of its hash and a
 * new word whose hash shares the slot replaces the old one, so the table never grows nor needs clearing,
 * and a lookup is one array read and one comparison of the word and the language. Tokens' lower-cased forms are shared strings, so the
 * comparison is mostly by identity. The function must be pure and its results immutable; null results
 * are kept too. One memo per thread ({@link #perThread}); not thread-safe itself.
 *
 * @param <V> what the function gives
 */
public final class WordMemo<V> {

    /** Slots of a memo. */
    static final int SLOTS = 1 << 14;

    /** A word, its language and what the function gave. */
    private record Entry(String word, String lang, Object value) {
    }

    private final Entry[] entries = new Entry[SLOTS];
    private final BiFunction<String, String, V> function;

    private WordMemo(BiFunction<String, String, V> function) {
        this.function = function;
    }

    /** A memo of {@code function} (of a word and a language code) for each thread that asks. */
    public static <V> ThreadLocal<WordMemo<V>> perThread(BiFunction<String, String, V> function) {
        return ThreadLocal.withInitial(() -> new WordMemo<>(function));
    }

    /** What the function gives for {@code word} in {@code lang}: from the memo when it has it. */
    @SuppressWarnings("unchecked")
    public V get(String word, String lang) {
        int slot = (word.hashCode() * 0x9E3779B1 >>> 18) & (SLOTS - 1);
        Entry e = entries[slot];
        if (e != null && (e.word == word || e.word.equals(word)) && (e.lang == lang || e.lang != null && e.lang.equals(lang))) {
            return (V) e.value;
        }
        V v = function.apply(word, lang);
        entries[slot] = new Entry(word, lang, v);
        return v;
    }
}
