package org.retour.speaker;

import org.retour.person.Referents.Referent;

/**
 * The named person a description is tied to: the one named in apposition right after it, or the one an earlier
 * description of the same noun was tied to ("Their mother, Potri Macarambon" … "His mother … said").
 *
 * <p>Stateless and thread-safe.
 */
final class TiedReferents {

    private TiedReferents() {
    }

    /**
     * The person a description without article stands for ("Son oncle", "His mother"): the one named in
     * apposition right after it, else the one an earlier description of the same noun was tied to ("Their
     * mother, Potri Macarambon" … "His mother … said"); else the description itself.
     */
    static Referent tied(SpeakerDocument d, Referent r) {
        if (r.person() != null || r.description() == null) {
            return r;
        }
        Referent apposed = ApposedNames.after(d, r);
        if (apposed != null) {
            return apposed;
        }
        Referent same = tiedBefore(d, r);
        if (same == null) {
            same = PossessiveReferents.soleRoleHolder(d, r);
        }
        return same != null ? same : r;
    }

    /**
     * The person the latest earlier description of the same noun and a compatible gender was tied to, or a
     * person named after that tie whose role has the same noun; else null.
     */
    static Referent tiedBefore(SpeakerDocument d, Referent r) {
        int start = r.span().start();
        Referent found = null;
        for (Referent p : d.referents.within(Math.max(0, start - CueSpeakerResolver.NAMED_REACH), start)) {
            if (p.person() != null && p.description() != null && p.gender().compatible(r.gender())
                    && Inflection.shareNoun(p.description().role(), r.description().role(), d.lang)
                    && DefiniteReferents.namedBefore(p.person(), start)) {
                found = p;
            } else if (found != null && p.person() != null && p.description() == null && p.person() != found.person()
                    && p.gender().compatible(r.gender())
                    && Inflection.shareNoun(p.person().role(), r.description().role(), d.lang)) {
                found = p; // "l'avocate générale, Anne-Sophie Morel" … "Me Julie Ferrand" … "l'avocate": the one named last
            }
        }
        return found == null ? null : new Referent(r.span(), found.person(), r.description(), found.gender().or(r.gender()));
    }
}
