package org.retour.speaker;

import org.retour.model.Mention;
import org.retour.person.Referents.Referent;

/**
 * Whether a person is new to the text at a place: every mention of them comes after it. A quote that opens a
 * paragraph with no cue and is followed by a sentence that introduces someone by name (« « … » Le maire, Paul Roche,
 * reçoit dans son bureau. ») is theirs, as a portrait opens with its subject's words, even after other speakers.
 */
final class Newcomers {

    private Newcomers() {
    }

    /** Whether {@code r} is a named person none of whose mentions starts before {@code offset}. */
    static boolean namedFrom(Referent r, int offset) {
        if (r == null || r.person() == null) {
            return false;
        }
        for (Mention m : r.person().mentions()) {
            if (m.span().start() < offset) {
                return false;
            }
        }
        return true;
    }
}
