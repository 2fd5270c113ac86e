package org.retour.resource;

/**
 * A hash filter of words of a fixed size, filled one word at a time: one bit per word's hash code, set
 * for each word added, so that a word whose bit is clear is surely none of them; a word whose bit is set
 * may still be none.
 *
 * <p>Not thread-safe while it is filled; once filled and published (through a final field of an
 * immutable owner), it is only read, and thread-safe.
 *
 * <p>Design decision: the person and speaker rules look up the lower-cased form of token after token in word lists
 * (given names, cue words, letter words); most tokens are in none, and a token's lower-cased form keeps its hash code,
 * so one bit test in a table of a few cache lines turns most of them away where a map lookup would probe a bucket
 * and often follow the entry of another word.
 */
public final class HashFilter {

    private final long[] bits;

    /** An empty filter of {@code size} bits, a power of two no smaller than 64. */
    public HashFilter(int size) {
        bits = new long[size / 64];
    }

    /** Adds {@code word}: sets its bit. */
    public void add(String word) {
        int b = bit(word);
        bits[b >>> 6] |= 1L << b;
    }

    /** Whether {@code word} may be among the words added: false only when it surely is not. */
    public boolean mayHave(String word) {
        int b = bit(word);
        return (bits[b >>> 6] & 1L << b) != 0;
    }

    /** The bit of {@code word}, from its hash code folded onto the filter's length in bits. */
    private int bit(String word) {
        int h = word.hashCode();
        return (h ^ h >>> 16) & ((bits.length << 6) - 1);
    }
}
