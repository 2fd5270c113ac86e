package org.retour.speaker;

import java.util.List;
import org.retour.model.Sentence;

/**
 * The offsets where a document's sentences start, in text order, read once per document: the start of the sentence
 * holding an offset is a read of a table of {@link org.retour.model.OffsetRuns}.
 *
 * <p>Design decision: the rules ask for the sentence of an offset a few hundred times a document, each rule of a
 * cascade again for the same quote; a search over the sentences themselves read three objects at each step. Immutable
 * and thread-safe.
 */
final class SentenceStarts {

    private final int[] starts;
    /** The index of {@link #starts}, which finds the sentence of an offset without a search. */
    private final org.retour.model.OffsetRuns runs;

    /** The starts of {@code sentences}, indexed up to where the last one ends. */
    SentenceStarts(List<Sentence> sentences) {
        this(sentences, sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).span().end());
    }

    /** The starts of {@code sentences}, of a text of {@code length} characters. */
    SentenceStarts(List<Sentence> sentences, int length) {
        starts = new int[sentences.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sentences.get(i).span().start();
        }
        runs = new org.retour.model.OffsetRuns(starts, length);
    }

    /**
     * The start of the last sentence starting at or before {@code offset} (the one holding it, or the one before the gap
     * it falls in), or 0 when every sentence starts after it: {@link Sentence#indexStartingBefore}'s sentence.
     */
    int before(int offset) {
        int best = runs.lastAtOrBefore(offset);
        return best < 0 ? 0 : starts[best];
    }
}
