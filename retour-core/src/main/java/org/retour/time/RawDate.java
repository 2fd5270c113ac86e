package org.retour.time;

import org.retour.model.Span;

/**
 * A date as the text writes it, before it is resolved against the publication date: any part may
 * be missing (null).
 *
 * @param season   SP, SU, FA or WI
 * @param part     early, mid or late ("mi-mai", "fin 2015")
 * @param relative a date relative to the publication date
 * @param decade   the first three digits of a decade ("199" for "the 1990s")
 * @param cued     whether a cue ("en", "in", "seit") or a part introduces a lone month or year
 */
public record RawDate(Span span, Integer year, Integer month, Integer day, Integer weekday, String season,
                      String part, DateLexicon.Relative relative, Integer decade, boolean cued) {

    /** Whether the text gives the year itself. */
    public boolean hasYear() {
        return year != null;
    }
}
