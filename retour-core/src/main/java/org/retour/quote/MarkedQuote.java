package org.retour.quote;

import org.retour.model.Span;

/**
 * A stretch of text between quotation marks, as the marks alone show it.
 *
 * @param open   the offset of the opening mark
 * @param close  the offset of the closing mark, or -1 when the quote was left unclosed
 * @param inner  the text between the marks, without surrounding spaces (may be empty)
 * @param mark   the opening mark, or the dash (– or —) opening a turn of a dialogue in one pair of « »
 * @param parent the index of the enclosing candidate in the extractor's list, or -1
 */
public record MarkedQuote(int open, int close, Span inner, char mark, int parent) {

    /** Whether a closing mark was found. */
    public boolean closed() {
        return close >= 0;
    }

    /** The offset just after the whole quote: after its closing mark, or the end of its text. */
    public int outerEnd() {
        return close >= 0 ? close + 1 : inner.end();
    }
}
