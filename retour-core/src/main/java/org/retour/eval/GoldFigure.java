package org.retour.eval;

import org.retour.model.Span;

/**
 * A figure the gold annotation gives: a number, what it counts, and who states it.
 *
 * @param text   the number and what it counts, as written
 * @param span   where it lies in the body
 * @param value  the number
 * @param source who states it, or null
 */
public record GoldFigure(String text, Span span, double value, String source) {
}
