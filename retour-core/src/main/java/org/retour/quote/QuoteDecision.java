package org.retour.quote;

import java.util.function.Supplier;

/** The decision whether words in quotation marks are someone's words or a name, title or term. */
public interface QuoteDecision {

    /**
     * Whether {@code inner} (the text between the marks) is a quote.
     *
     * @param language the ISO 639-1 code of the sentence holding it
     */
    boolean isQuote(String inner, MarkContext context, String language);

    /**
     * {@link #isQuote(String, MarkContext, String)} with the context read only if the decision needs it,
     * at most once.
     */
    default boolean isQuote(String inner, Supplier<MarkContext> context, String language) {
        return isQuote(inner, context.get(), language);
    }
}
