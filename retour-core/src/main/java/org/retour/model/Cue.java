package org.retour.model;

/** The words that attribute a quote to its speaker ("a-t-il dit", "said", "sagte er"). */
public record Cue(Span span, String text) {
}
