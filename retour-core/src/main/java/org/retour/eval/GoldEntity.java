package org.retour.eval;

import org.retour.model.EntityType;
import org.retour.model.Span;

/**
 * A person, organisation or place the gold annotation lists once.
 *
 * @param text      one surface form as written in the body
 * @param span      where {@code text} first lies in the body
 * @param type      its type
 * @param canonical its canonical name, or null
 * @param country   an ISO 3166-1 alpha-2 code, or null
 */
public record GoldEntity(String text, Span span, EntityType type, String canonical, String country) {
}
