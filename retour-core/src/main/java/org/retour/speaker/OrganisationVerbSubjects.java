package org.retour.speaker;

/**
 * Finds an organisation that is the subject of a verb cue, standing right before the verb ("ISD said the man,
 * Zulkifli Osman, had …", "the FBI's field office said"), past a clause set off by commas or an office of its own.
 * A person named after such a verb is its object or the subject of the clause it reports, so the organisation
 * speaks, not that person.
 *
 * <p>Looks only at the organisations ending within {@link CueSpeakerResolver#WINDOW} characters before the cue.
 * Stateless and thread-safe.
 */
final class OrganisationVerbSubjects {

    private OrganisationVerbSubjects() {
    }

    /** Whether an organisation stands right before the verb of {@code cue} as its subject. */
    static boolean before(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null) {
            return false;
        }
        int cs = cue.span().start();
        int from = cs - CueSpeakerResolver.WINDOW;
        for (int i = lastStartingBefore(d, cs); i >= 0; i--) {
            SpeakerDocument.OrganisationMention o = d.orgs.get(i);
            int end = o.span().end();
            if (end < from) {
                return false;
            }
            if (end <= cs && (blank(d.text, end, cs) || OrganisationClauses.setOff(d, end, cs)
                    || OrganisationOffices.between(d, end, cs))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last organisation mention that starts before {@code offset}, or -1: a binary search. */
    private static int lastStartingBefore(SpeakerDocument d, int offset) {
        int lo = 0;
        int hi = d.orgs.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (d.orgs.get(mid).span().start() < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
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
