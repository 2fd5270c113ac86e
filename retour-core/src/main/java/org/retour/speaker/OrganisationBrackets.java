package org.retour.speaker;

import org.retour.person.Tokens;

/**
 * Finds the short bracket right after an organisation's name that gives its acronym or another name before the verb
 * it is the subject of ("the Internal Security Department (ISD) said", « L'Office fédéral de la police (fedpol)
 * précise », „Das Bundesamt für Verfassungsschutz (BfV) teilte mit“): the organisation still speaks, and the text
 * after the bracket is read as if it followed the name.
 *
 * <p>The bracket holds at most {@link #MAX_WORDS} words and no person. Reads at most {@link #MAX_WORDS} + 2 tokens.
 * Stateless and thread-safe.
 */
final class OrganisationBrackets {

    /** The most words a bracket after a name may hold. */
    static final int MAX_WORDS = 4;

    private OrganisationBrackets() {
    }

    /**
     * Where the text after an organisation ending at {@code orgEnd} goes on past a short bracket that follows it, or
     * {@code orgEnd} itself when no such bracket comes before {@code limit}.
     */
    static int past(SpeakerDocument d, int orgEnd, int limit) {
        int p = orgEnd;
        while (p < limit && p < d.text.length() && Character.isWhitespace(d.text.charAt(p))) {
            p++;
        }
        if (p >= limit || d.text.charAt(p) != '(') {
            return orgEnd;
        }
        int first = d.tokenAt(p);
        if (first < 0 || first >= d.tokens.size() || !Tokens.is(d.text, d.tokens.get(first), "(")) {
            return orgEnd;
        }
        int words = 0;
        for (int k = first + 1; k < d.tokens.size() && words <= MAX_WORDS; k++) {
            var t = d.tokens.get(k);
            if (t.span().end() > limit) {
                return orgEnd;
            }
            if (Tokens.is(d.text, t, ")")) {
                return words > 0 && d.referents.within(p, t.span().end()).isEmpty() ? t.span().end() : orgEnd;
            }
            if (Tokens.isWord(t)) {
                words++;
            } else if (!Tokens.is(d.text, t, "-") && !Tokens.is(d.text, t, ".") && !Tokens.is(d.text, t, "&")) {
                return orgEnd;
            }
        }
        return orgEnd;
    }
}
