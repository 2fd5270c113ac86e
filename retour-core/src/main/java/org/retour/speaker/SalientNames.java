package org.retour.speaker;

import org.retour.person.Referents.Referent;

/**
 * The named persons a definite description may take up, in the order it tries them: those ever named outside a
 * preposition's complement first, those named only as one after.
 *
 * <p>Stateless and thread-safe.
 */
final class SalientNames {

    private SalientNames() {
    }

    /**
     * Named persons before a description, most recent first, those ever named outside a preposition's
     * complement before those named only as one or in apposition to one ("Asked by his own barrister, Daniel
     * Whitfield, …, the 29-year-old said": the barrister is no candidate before the accused named earlier; "une
     * photo de Sofiane" does not demote Sofiane, named as a subject before).
     */
    static java.util.List<Referent> first(SpeakerDocument d, SubjectRules subjectRules, java.util.List<Referent> named) {
        java.util.List<Referent> out = new java.util.ArrayList<>(named.size());
        java.util.List<Referent> governed = new java.util.ArrayList<>(2);
        for (Referent p : named) {
            (onlyGoverned(d, subjectRules, p) ? governed : out).add(p);
        }
        out.addAll(governed);
        return out;
    }

    /** Whether every mention by name of a person up to {@code r} is a preposition's complement or apposed to one. */
    private static boolean onlyGoverned(SpeakerDocument d, SubjectRules subjectRules, Referent r) {
        for (org.retour.model.Mention m : r.person().mentions()) {
            if (m.span().start() <= r.span().start() && m.kind() == org.retour.model.Mention.Kind.NAME
                    && !subjectRules.governed(d, new Referent(m.span(), r.person(), null, r.gender()))) {
                return false;
            }
        }
        return true;
    }
}
