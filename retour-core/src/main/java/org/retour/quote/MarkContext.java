package org.retour.quote;

/**
 * What surrounds a marked stretch of text, as the quote/not-quote decision needs it.
 *
 * @param wordBefore   the lower-cased word just before the opening mark in the same sentence, or ""
 * @param wordBefore2  the lower-cased word before that one, or ""
 * @param speechNearby whether a word reporting speech stands near the marks, outside them, in the sentence
 */
public record MarkContext(String wordBefore, String wordBefore2, boolean speechNearby) {

    public MarkContext {
        wordBefore = wordBefore == null ? "" : wordBefore;
        wordBefore2 = wordBefore2 == null ? "" : wordBefore2;
    }
}
