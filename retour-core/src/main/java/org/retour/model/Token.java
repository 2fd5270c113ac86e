package org.retour.model;

/**
 * A token: a word, a number, a punctuation mark or a symbol, with its offsets {@code [start, end)}.
 *
 * <p>Design decision: a document has some thousand tokens and every stage walks them, so a token keeps its
 * offsets itself instead of in a {@link Span} of its own: one object per token instead of two, and one load less
 * for each offset read; {@link #span()} gives them as a span, which the compiler does not allocate where it does
 * not outlive the expression that reads it.
 *
 * @param start the offset of its first UTF-16 code unit in the document's text
 * @param end   the offset after its last
 * @param kind  what it is
 */
public record Token(int start, int end, Kind kind) {

    /** What a token is. */
    public enum Kind { WORD, NUMBER, PUNCTUATION, SYMBOL }

    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ")");
        }
    }

    /** A token covering {@code span}. */
    public Token(Span span, Kind kind) {
        this(span.start(), span.end(), kind);
    }

    /** The number of UTF-16 code units it covers. */
    public int length() {
        return end - start;
    }

    /** Its offsets as a span. */
    public Span span() {
        return new Span(start, end);
    }
}
