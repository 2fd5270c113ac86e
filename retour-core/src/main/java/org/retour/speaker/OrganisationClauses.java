package org.retour.speaker;

import org.retour.person.Tokens;

/**
 * Finds the clause set off by commas between an organisation and the verb it is the subject of: a relative
 * clause ("Human Rights Watch, which has visited the camps, said") or an appositive description ("Amnesty
 * International, the London-based group, said"). Wire news puts one there often; the organisation still speaks.
 *
 * A verb joined by a conjunction to the first verb of a sentence an organisation opens ("The Pentagon warned
 * Thursday that … and urged governments to …") is the organisation's too.
 *
 * <p>The clause holds no other comma, no sentence end, no quotation mark and no person (who might be the one who
 * speaks: "the group, whose director Ann Roe said"), and has at most {@link #MAX_WORDS} words. Stateless and
 * thread-safe.
 */
final class OrganisationClauses {

    /** The most words a clause between an organisation and its verb may hold. */
    static final int MAX_WORDS = 20;

    /** The bundled words that open such a clause, by language. */
    private static final java.util.Map<String, java.util.Set<String>> OPENERS = org.retour.resource.ResourceLines.byLanguage(
            org.retour.resource.ResourceLines.classpath("org/retour/speaker/clause-openers.txt"), true);

    /** The bundled conjunctions that join a second verb to a sentence's subject, by language. */
    private static final java.util.Map<String, java.util.Set<String>> COORDINATORS = org.retour.resource.ResourceLines.byLanguage(
            org.retour.resource.ResourceLines.classpath("org/retour/speaker/coordinators.txt"), true);

    private OrganisationClauses() {
    }

    /**
     * Whether the text between an organisation ending at {@code orgEnd} and a cue starting at {@code cueStart} is
     * one clause between commas, opened by a relative pronoun or an article.
     */
    static boolean setOff(SpeakerDocument d, int orgEnd, int cueStart) {
        if (cueStart <= orgEnd || cueStart - orgEnd > MAX_WORDS * 16) {
            return false;
        }
        int first = d.tokenAt(orgEnd);
        int last = d.tokenAt(cueStart) - 1;
        if (last - first < 2 || !Tokens.is(d.text, d.tokens.get(first), ",") || !Tokens.is(d.text, d.tokens.get(last), ",")) {
            return false;
        }
        String opener = d.lower(first + 1);
        java.util.Set<String> openers = OPENERS.get(d.lang);
        if (opener == null || openers == null || !openers.contains(opener.replace('’', '\''))) {
            return false;
        }
        int words = 0;
        for (int k = first + 1; k < last; k++) {
            var t = d.tokens.get(k);
            if (Tokens.isWord(t)) {
                words++;
            } else if (!Tokens.is(d.text, t, "-") && !Tokens.is(d.text, t, "'") && !Tokens.is(d.text, t, "’")) {
                return false; // another comma, a sentence end, a quotation mark: more than one clause
            }
        }
        return words <= MAX_WORDS && d.referents.within(orgEnd, cueStart).isEmpty();
    }

    /**
     * The organisation that opens the sentence of a verb cue a conjunction joins to an earlier verb ("The Pentagon
     * warned … and urged", « Interrogé, le ministère indique qu'il « … » et rappelle que « … » »), past a short
     * phrase closed by a comma as {@link OrganisationSubjects} reads it, with no person between them; else null.
     */
    static SpeakerDocument.OrganisationMention coordinatedSubject(SpeakerDocument d, CueMatch cue) {
        java.util.Set<String> coordinators = COORDINATORS.get(d.lang);
        int k = cue == null ? -1 : cue.first() - 1;
        if (coordinators == null || cue.source() || cue.pronoun() != null || k < 0 || !Tokens.isWord(d.tokens.get(k))
                || !coordinators.contains(d.lower(k))) {
            return null;
        }
        int start = SpeakerSentences.sentenceStart(d, cue.span().start());
        for (SpeakerDocument.OrganisationMention o : d.orgs) {
            if (o.span().start() >= cue.span().start()) {
                break;
            }
            if (o.span().start() >= start) {
                String head = d.text.substring(start, o.span().start());
                head = head.substring(Math.max(head.lastIndexOf('—'), head.lastIndexOf('–')) + 1) // "WASHINGTON (AP) — The"
                        .strip().toLowerCase(java.util.Locale.ROOT);
                if (OrganisationSubjects.opens(head)) { // "The", « Interrogé par l'AFP, le »
                    return d.referents.within(start, cue.span().start()).isEmpty() ? o : null;
                }
            }
        }
        return null;
    }
}
