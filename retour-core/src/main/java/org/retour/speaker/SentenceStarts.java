package org.retour.speaker;

import java.util.List;
import org.retour.model.Sentence;

/**
 * The offsets where a document's sentences start, in text order, read once per document: the start of the sentence
 * holding an offset is a search of a plain array.
 *
 * <p>Design decision: the rules ask for the sentence of an offset a few hundred times a document, each rule of a
 * cascade again for the same quote; a search over the sentences themselves read three objects at each step. Immutable
 * and thread-safe.
 */
final class SentenceStarts {

    private final int[] starts;

    SentenceStarts(List<Sentence> sentences) {
        starts = new int[sentences.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sentences.get(i).span().start();
        }
    }

    /**
     * The start of the last sentence starting at or before {@code offset} (the one holding it, or the one before the gap
     * it falls in), or 0 when every sentence starts after it: {@link Sentence#indexStartingBefore}'s sentence.
     */
    int before(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best < 0 ? 0 : starts[best];
    }
}
