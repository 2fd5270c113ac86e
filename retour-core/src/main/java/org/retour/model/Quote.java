package org.retour.model;

import java.util.Objects;

/**
 * Words reported as someone's own, inside quotation marks.
 *
 * @param id          unique within the analysis ({@code Q1}, {@code Q2}…)
 * @param span        the quoted text without its marks
 * @param text        the quoted text
 * @param partial     whether it is a fragment inside reported speech
 * @param parent      the enclosing quote's id for a nested quote, or null
 * @param language    its language
 * @param attribution who said it
 */
public record Quote(String id, Span span, String text, boolean partial, String parent, String language,
                    Attribution attribution) {

    public Quote {
        Objects.requireNonNull(attribution, "attribution");
    }

    /** This quote with {@code other} as who said it. */
    public Quote withAttribution(Attribution other) {
        return new Quote(id, span, text, partial, parent, language, other);
    }
}
