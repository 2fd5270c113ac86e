package org.retour.speaker;

import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.person.Referents.Referent;

/**
 * An organisation that is a person's title: its first mention opens the role of the person named right after it
 * ("District Police Officer (DPO) Bajaur Naveed Akhtar Khattak told a press conference"), so that its name or
 * acronym as a speaker ("“…,” the DPO said") stands for that person, not a body.
 *
 * <p>Stateless and thread-safe.
 */
final class TitleOrganisations {

    /** The most characters between the organisation's mention and the name (an acronym, a district). */
    static final int GAP = 40;

    private TitleOrganisations() {
    }

    /** The person whose title organisation {@code org} is, or null. */
    static Referent holder(SpeakerDocument d, Entity org) {
        Mention first = org.mentions().isEmpty() ? null : org.mentions().get(0);
        if (first == null) {
            return null;
        }
        int end = first.span().end();
        for (Referent r : d.referents.within(end, Math.min(d.text.length(), end + GAP))) {
            String role = r.person() == null ? null : r.person().role();
            boolean title = role != null && role.startsWith(org.canonical())
                    && d.text.substring(end, r.span().start()).chars().noneMatch(c -> c == '.' || c == ',' || c == '\n');
            return title ? r : null;
        }
        return null;
    }
}
