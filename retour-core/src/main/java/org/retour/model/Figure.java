package org.retour.model;

/**
 * A quantity the text states and what it counts ("244 personnes sont rentrées en France").
 *
 * @param value       the stated value (the middle of a vague amount)
 * @param low         the lower bound, or null
 * @param high        the upper bound, or null
 * @param approximate whether the amount is vague ("des dizaines", "about")
 * @param counts      what it counts (returned, killed, departed…), or null
 * @param place       where it refers to (an ISO country code or a place name), or null
 * @param date        when it refers to (an ISO value), or null
 * @param source      who stated it, or null
 */
public record Figure(Span span, String text, double value, Double low, Double high, boolean approximate,
                     String counts, String place, String date, String source) {
}
