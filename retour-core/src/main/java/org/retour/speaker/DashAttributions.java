package org.retour.speaker;

import org.retour.person.Referents.Referent;

/**
 * The speaker an attribution line names under a quote that stands on a line of its own, as epigraphs and
 * fact-checks print them: "“Half the fighters we brought home are back on the street.”" then "— Rep. X (R-Fla.),
 * in an interview on Fox News". The line opens with a dash and the person follows it within a few titles.
 * Stateless and thread-safe.
 */
final class DashAttributions {

    /** How far after the dash the person's name may start ("— Rep. ", "— Sen. "). */
    static final int NAME_REACH = 24;

    private DashAttributions() {
    }

    /**
     * The person named at the head of the line after the quote whose opening mark is at {@code open} and whose
     * closing mark ends at {@code outer}, when the quote fills its line and that line opens with a dash; else null.
     */
    static Referent speaker(SpeakerDocument d, int open, int outer) {
        String text = d.text;
        if (!QuoteOffsets.blank(text, QuoteOffsets.lineStart(text, open), open)) {
            return null;
        }
        int i = outer;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '\n') {
            return null;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || !ClauseMarks.dash(text.charAt(i))) {
            return null;
        }
        int lineEnd = QuoteOffsets.lineEnd(text, i);
        for (Referent r : d.referents.within(i + 1, lineEnd)) {
            return r.span().start() - i <= NAME_REACH ? r : null;
        }
        return null;
    }
}
