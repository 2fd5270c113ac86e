package org.retour.eval;

import org.retour.model.Span;

/**
 * A narrative code the gold annotation gives, with its evidence.
 *
 * @param code       the code id (N1…)
 * @param evidence   a verbatim substring of the body
 * @param span       where the evidence lies in the body
 * @param via        direct_quote, reported_individual, reported_individual+quote or reported_collective, or null
 * @param confidence high or medium, or null
 */
public record GoldNarrative(String code, String evidence, Span span, String via, String confidence) {
}
