package org.retour.speaker;

import org.retour.model.Entity;
import org.retour.model.Span;
import org.retour.person.Referents.Referent;

/**
 * Definite descriptions that name the organisation a person works for ("The Interior Ministry’s spokesman", "the
 * State Department official"): they take up a person named before only when that person's role names the same
 * organisation; else they are someone new, not the last official named ("Dr. Hamid Al-Shehri, the center’s
 * director general … The Interior Ministry’s spokesman said").
 *
 * <p>Stateless and thread-safe.
 */
final class OrganisationDescriptions {

    private OrganisationDescriptions() {
    }

    /** Whether {@code r} is a description naming an organisation that no person named before it is said to work for. */
    static boolean someoneNew(SpeakerDocument d, Referent r) {
        if (r == null || r.person() != null || r.description() == null) {
            return false;
        }
        Span s = r.span();
        for (SpeakerDocument.OrganisationMention o : d.orgs) {
            if (o.span().start() >= s.end()) {
                break;
            }
            if (o.span().start() < s.start() || o.span().end() > s.end()) {
                continue;
            }
            String name = bare(o.span().of(d.text));
            for (Referent p : d.referents.namedBefore(s.start(), r.gender(), CueSpeakerResolver.NAMED_REACH)) {
                if (worksFor(d, p.person(), name) || worksFor(d, p.person(), o.entity().canonical())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean worksFor(SpeakerDocument d, Entity person, String organisation) {
        if (person == null || organisation.isEmpty()) {
            return false;
        }
        String role = person.role();
        String described = d.describedRole(person);
        return role != null && role.contains(organisation) || described != null && described.contains(organisation);
    }

    /** A name without the possessive ending the recogniser may keep ("Interior Ministry’s"). */
    private static String bare(String name) {
        return name.endsWith("'s") || name.endsWith("’s") ? name.substring(0, name.length() - 2) : name;
    }
}
