package org.retour.eval;

import org.retour.model.DatePrecision;
import org.retour.model.Span;

/**
 * A date expression the gold annotation gives with its resolved value.
 *
 * @param text      the expression as written
 * @param span      where it lies in the body
 * @param value     the ISO 8601 value at {@code precision}
 * @param precision how precise the value is
 */
public record GoldDate(String text, Span span, String value, DatePrecision precision) {
}
