package org.retour.speaker;

import org.retour.model.Offsets;

/**
 * Finds an organisation that is the subject of a verb cue, standing right before the verb ("ISD said the man,
 * Zulkifli Osman, had …", "the FBI's field office said"), past a clause set off by commas or an office of its own.
 * A person or a pronoun after such a verb is its object or the subject of the clause it reports ("the Home Office
 * said he had"), so the organisation speaks, not that person. In English a definite noun before the verb takes up the organisation named earlier
 * whose name it ends ("the commission said": the Special Immigration Appeals Commission).
 *
 * <p>Looks only at the organisations ending within {@link CueSpeakerResolver#WINDOW} characters before the cue
 * ({@link #HEAD_REACH} for a definite noun).
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
        int from = cs - CueSpeakerResolver.WINDOW;
        for (int i = lastStartingBefore(d, cs); i >= 0; i--) {
            SpeakerDocument.OrganisationMention o = d.orgs.get(i);
            int end = o.span().end();
            if (end < from) {
                break;
            }
            int past = end <= cs ? OrganisationBrackets.past(d, end, cs) : end; // "fedpol (Office fédéral) précise"
            if (end <= cs && (blank(d.text, past, cs) || OrganisationClauses.setOff(d, past, cs)
                    || OrganisationOffices.between(d, end, cs))) {
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

    /** How far back (in characters) a definite noun looks for the organisation whose name it ends ("the commission"). */
    static final int HEAD_REACH = 3000;

    /**
     * The organisation a definite noun right before the verb of {@code cue} takes up, named earlier with that noun as
     * the last word of its name ("The Special Immigration Appeals Commission dismissed her appeal. In its ruling, the
     * commission said …"), or null. Only an English subject before the verb: after a verb ("said the department was")
     * such a noun is the subject of the reported clause.
     */
    static SpeakerDocument.OrganisationMention headNoun(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null && !pronounAfterVerb(cue) || !"en".equals(d.lang)
                || cue.first() < 2) {
            return null;
        }
        int noun = cue.first() - 1;
        String word = d.lower(noun);
        if (!org.retour.person.Tokens.isWord(d.tokens.get(noun)) || !"the".equals(d.lower(noun - 1))
                || !Character.isLowerCase(d.text.charAt(d.tokens.get(noun).span().start()))
                || !blank(d.text, d.tokens.get(noun).span().end(), cue.span().start())) {
            return null;
        }
        int start = d.tokens.get(noun - 1).span().start();
        for (int i = lastStartingBefore(d, start); i >= 0; i--) {
            SpeakerDocument.OrganisationMention o = d.orgs.get(i);
            if (o.span().end() < start - HEAD_REACH) {
                return null;
            }
            String name = o.span().of(d.text);
            int space = name.lastIndexOf(' ');
            if (space > 0 && o.span().end() <= start
                    && name.substring(space + 1).toLowerCase(java.util.Locale.ROOT).equals(word)) {
                return o;
            }
        }
        return null;
    }

    /** The index of the last organisation mention that starts before {@code offset}, or -1: a binary search. */
    private static int lastStartingBefore(SpeakerDocument d, int offset) {
        return Offsets.firstAtOrAfter(d.orgs, o -> o.span().start(), offset) - 1;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
