package org.retour.quote;

/** The decision whether words in quotation marks are someone's words or a name, title or term. */
public interface QuoteDecision {

    /**
     * Whether {@code inner} (the text between the marks) is a quote.
     *
     * @param language the ISO 639-1 code of the sentence holding it
     */
    boolean isQuote(String inner, MarkContext context, String language);
}
