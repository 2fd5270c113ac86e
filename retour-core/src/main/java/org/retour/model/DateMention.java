package org.retour.model;

/**
 * A date in the text resolved against the publication date.
 *
 * @param value an ISO 8601 value at the given precision (2016-06-10, 2016-05, 2015-SU, 2014)
 */
public record DateMention(Span span, String text, String value, DatePrecision precision) {
}
