package org.retour.model;

/** A token: a word, a number, a punctuation mark or a symbol, with its span. */
public record Token(Span span, Kind kind) {

    /** What a token is. */
    public enum Kind { WORD, NUMBER, PUNCTUATION, SYMBOL }
}
