package org.retour.speaker;

import org.retour.model.Offsets;

/**
 * Finds an organisation that is the subject of a verb cue, standing right before the verb ("ISD said the man,
 * Zulkifli Osman, had …", "the FBI's field office said"), past a clause set off by commas or an office of its own.
 * A person or a pronoun after such a verb is its object or the subject of the clause it reports ("the Home Office
 * said he had"), so the organisation speaks, not that person. A definite noun before the verb takes up the
 * organisation named earlier whose name it heads ("the commission said": the Special Immigration Appeals Commission;
 * « le ministère indique »: le ministère de la Justice).
 *
 * <p>Looks only at the organisations ending within {@link CueSpeakerResolver#WINDOW} characters before the cue
 * ({@link OrganisationHeadNouns#REACH} for a definite noun).
 * Stateless and thread-safe.
 */
final class OrganisationVerbSubjects {

    private OrganisationVerbSubjects() {
    }

    /** Whether an organisation stands right before the verb of {@code cue} as its subject. */
    static boolean before(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null && !pronounAfterVerb(cue)) {
            return false;
        }
        int cs = cue.span().start();
        int vs = OrganisationVerbStarts.of(d, cue); // "the ministry also said"
        int from = cs - CueSpeakerResolver.WINDOW;
        for (int i = lastStartingBefore(d, cs); i >= 0; i--) {
            SpeakerDocument.OrganisationMention o = d.orgs.get(i);
            int end = o.span().end();
            if (end < from) {
                break;
            }
            int past = end <= vs ? OrganisationBrackets.past(d, end, vs) : end; // "fedpol (Office fédéral) précise"
            if (end <= vs && (blank(d.text, past, vs) || OrganisationClauses.setOff(d, past, vs)
                    || OrganisationOffices.between(d, end, vs) || relativeSubject(d, past, vs))) {
                return true;
            }
        }
        return headNoun(d, cue) != null;
    }

    /**
     * Whether the pronoun of {@code cue} is a word of its own after the verb ("said he had “…”"): when a subject stands
     * before the verb, that pronoun is the subject of the clause it reports, not the cue's.
     */
    static boolean pronounAfterVerb(CueMatch cue) {
        return cue != null && cue.pronoun() != null && !cue.source() && cue.pronoun().span().start() > cue.span().end();
    }

    /**
     * The organisation a definite noun subject of {@code cue} takes up, named earlier with that noun as the head of its
     * name ("The Special Immigration Appeals Commission dismissed her appeal. In its ruling, the commission said …"),
     * or null: see {@link OrganisationHeadNouns#subject}.
     */
    static SpeakerDocument.OrganisationMention headNoun(SpeakerDocument d, CueMatch cue) {
        return OrganisationHeadNouns.subject(d, cue);
    }

    /** The index of the last organisation mention that starts before {@code offset}, or -1: a binary search. */
    private static int lastStartingBefore(SpeakerDocument d, int offset) {
        return Offsets.firstAtOrAfter(d.orgs, o -> o.span().start(), offset) - 1;
    }

    /**
     * Whether {@code text[from, to)} is a comma and a relative pronoun, the subject of the verb right after it
     * (« selon le ministère des Affaires étrangères, qui évoque « … » », "Human Rights Watch, which called …").
     */
    static boolean relativeSubject(SpeakerDocument d, int from, int to) {
        // Design decision: the span between an organisation and a verb may be hundreds of characters long, read for
        // every organisation before every cue; it is stripped by offsets, and only a span no longer than the
        // longest relative pronoun is copied to be looked up, rather than copying every span twice.
        String text = d.text;
        int a = from;
        while (a < to && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        int b = to;
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b - a < 3 || text.charAt(a) != ',') {
            return false;
        }
        int w = a + 1;
        while (w < b && Character.isWhitespace(text.charAt(w))) {
            w++;
        }
        java.util.Set<String> relatives = org.retour.resource.GrammarWords.bundled()
                .of(org.retour.resource.GrammarWords.Kind.RELATIVE, d.lang);
        int longest = 0;
        for (String r : relatives) {
            longest = Math.max(longest, r.length());
        }
        return b - w <= longest // lower-casing never shortens a word
                && relatives.contains(text.substring(w, b).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether {@code text[from, to)} holds only whitespace. */
    static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
