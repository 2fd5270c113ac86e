package org.retour.person;

import org.retour.model.Span;

/**
 * Words that describe a person without naming them ("un ancien combattant", "a 26-year-old Syrian
 * defector", "ein Rückkehrer").
 *
 * @param span     the whole description, determiner included
 * @param text     its words
 * @param role     the description without its determiner ("ancien combattant")
 * @param gender   the gender the words show
 * @param definite whether it opens with a definite determiner ("le chercheur"), which may refer back
 *                 to a person named before
 */
public record PersonDescription(Span span, String text, String role, Gender gender, boolean definite) {
}
