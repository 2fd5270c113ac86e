package org.retour.eval;

/**
 * One miss or false prediction, to show what to fix.
 *
 * @param document the article id
 * @param lang     the article's language
 * @param kind     what went wrong
 * @param text     the text concerned (gold or predicted)
 * @param detail   what was expected or found instead, or null
 */
public record EvalError(String document, String lang, Kind kind, String text, String detail) {

    /** What went wrong. */
    public enum Kind {
        MISSED_QUOTE, FALSE_QUOTE, WRONG_SPEAKER, WRONG_VOICE,
        MISSED_ENTITY, FALSE_ENTITY, WRONG_COUNTRY,
        MISSED_DATE, WRONG_DATE, FALSE_DATE, MISSED_FIGURE, FALSE_FIGURE, WRONG_FIGURE,
        MISSED_CODE, FALSE_CODE
    }
}
