package org.retour.speaker;

import java.util.Collection;
import org.retour.resource.HashFilter;

/**
 * A hash filter of a set of words ({@link HashFilter}) sized to the set: a word it turns away is surely none of
 * them. Immutable and thread-safe.
 */
final class WordFilter {

    /** Bits per word of the set, so that about one word in sixteen not in it gets through. */
    private static final int BITS_PER_WORD = 16;
    private final HashFilter bits;

    /** The filter of {@code words}. */
    WordFilter(Collection<String> words) {
        bits = new HashFilter(Integer.highestOneBit(Math.max(1024, words.size() * BITS_PER_WORD - 1)) << 1);
        words.forEach(bits::add);
    }

    /** Whether {@code word} may be among the words of the set: false only when it surely is not. */
    boolean mayHave(String word) {
        return bits.mayHave(word);
    }
}
