package org.retour.model;

/** A sentence: its span and its language (the document's unless this sentence differs). */
public record Sentence(Span span, String language) {
}
