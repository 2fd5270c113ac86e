package org.retour.speaker;

import java.util.Collection;

/**
 * A hash filter of words: one bit per word's hash code, set for each word of the set, so that a word
 * whose bit is clear is surely none of them; a word whose bit is set may still be none. Immutable and
 * thread-safe.
 *
 * <p>Design decision: the speaker rules look up the lower-cased form of token after token in small
 * word lists (cue words, letter words); most tokens are in none, and a token's lower-cased form keeps
 * its hash code, so one bit test in a table of a few cache lines turns most of them away where a map
 * lookup would probe a bucket and often follow the entry of another word.
 */
final class WordFilter {

    /** Bits per word of the set, so that about one word in sixteen not in it gets through. */
    private static final int BITS_PER_WORD = 16;
    private final long[] bits;

    /** The filter of {@code words}. */
    WordFilter(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(1024, words.size() * BITS_PER_WORD - 1)) << 1;
        bits = new long[size >>> 6];
        for (String w : words) {
            int b = bit(w);
            bits[b >>> 6] |= 1L << b;
        }
    }

    /** Whether {@code word} may be among the words of the set: false only when it surely is not. */
    boolean mayHave(String word) {
        int b = bit(word);
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    private int bit(String word) {
        int h = word.hashCode();
        return (h ^ h >>> 16) & ((bits.length << 6) - 1);
    }
}
