package org.retour.model;

import java.util.List;

/** A sentence: its span and its language (the document's unless this sentence differs). */
public record Sentence(Span span, String language) {

    /**
     * The index of the sentence that holds {@code offset} in a list in text order, or -1 when the offset
     * falls outside every sentence (between two of them, before the first or after the last).
     */
    public static int indexHolding(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span sp = sentences.get(mid).span();
            if (sp.end() <= offset) {
                lo = mid + 1;
            } else if (sp.start() > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * The index of the last sentence starting at or before {@code offset} in a list in text order (the one
     * holding it, or the one before the gap it falls in), or -1 when every sentence starts after it.
     */
    public static int indexStartingBefore(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }
}
