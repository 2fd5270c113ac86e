package org.retour.quote;

import java.util.List;

/**
 * A finder of text between quotation marks: every candidate with its marks, nesting and whether it was
 * closed, before any decision on whether it is someone's words.
 */
public interface QuoteExtractor {

    /**
     * The marked spans of {@code text}, ordered by the position of their opening mark; a candidate's
     * {@link MarkedQuote#parent()} is an index into the returned list.
     *
     * @param language the document's ISO 639-1 code, which decides a few mark conventions (German »…«)
     */
    List<MarkedQuote> extract(String text, String language);
}
