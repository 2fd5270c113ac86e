package org.retour.coding;

import java.util.List;
import org.retour.model.Quote;
import org.retour.model.Span;

/**
 * The innermost quote enclosing each quote of a document, read in span order: the words of an emir, a
 * mother or a friend told inside someone's quote (« L'émir nous a dit : “Ceux d'en face…” »).
 *
 * <p>One pass with a stack of the quotes still open, so a document's quotes cost linear time. Not
 * thread-safe: one instance per document.
 */
final class EnclosingQuotes {

    private final List<Quote> sorted;
    private final int[] open;
    private int depth;
    private int next;

    /** The enclosing quotes of {@code sorted}, a document's quotes in span order. */
    EnclosingQuotes(List<Quote> sorted) {
        this.sorted = sorted;
        this.open = new int[sorted.size()];
    }

    /**
     * The index in the sorted quotes of the innermost quote enclosing quote {@code index}, or -1. Quotes are
     * asked in order, each once.
     */
    int of(int index) {
        if (index != next++) {
            throw new IllegalStateException("quotes are asked in order: " + index);
        }
        Span s = sorted.get(index).span();
        while (depth > 0 && !encloses(sorted.get(open[depth - 1]).span(), s)) {
            depth--;
        }
        int parent = depth > 0 ? open[depth - 1] : -1;
        open[depth++] = index;
        return parent;
    }

    private static boolean encloses(Span outer, Span inner) {
        return outer.contains(inner) && !outer.equals(inner);
    }
}
