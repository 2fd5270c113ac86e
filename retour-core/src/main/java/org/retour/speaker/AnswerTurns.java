package org.retour.speaker;

/**
 * A speech cue after a quote that answers: a cue that neither asks nor follows a question (« La présidente
 * l'interroge sur son mari. « Il en a parlé à un ami … », raconte-t-elle »), whose pronoun, like a reply's, stands
 * for the one a verb of asking put a question to before the quote, not for the asker.
 *
 * <p>Immutable and thread-safe.
 */
final class AnswerTurns {

    /** How many characters before a cue the end of the quote it follows is looked for. */
    private static final int REACH = 8;

    private AnswerTurns() {
    }

    /**
     * Whether {@code cue} follows a quote that is no question (its last mark before the cue is no question mark)
     * and is no verb of asking itself; the cue is a pronoun's and comes after the quote.
     */
    static boolean answers(SpeakerDocument d, Exchanges exchanges, CueMatch cue) {
        if (!"fr".equals(d.lang) || exchanges.asks(d, cue)) {
            return false;
        }
        int start = cue.span().start();
        boolean closed = false;
        for (int i = start - 1; i >= Math.max(0, start - REACH); i--) {
            char c = d.text.charAt(i);
            if (c == '»' || c == '"' || c == '”') {
                closed = true;
            } else if (c == '?' || c == '\u061F') {
                return false;
            } else if (!Character.isWhitespace(c) && c != ',' && c != '\u00A0' && c != '\u202F') {
                return closed;
            }
        }
        return closed;
    }
}
