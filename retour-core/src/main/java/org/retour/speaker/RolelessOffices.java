package org.retour.speaker;

import java.util.List;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.person.Referents.Referent;

/**
 * The person an office description after its cue's verb stands for when the text gave them no role: the last person
 * named before it and the only one its paragraph names outside quotes (« Une lecture que rejette Markus Eberl (PPE,
 * Allemagne). « … », a lancé l'eurodéputé bavarois »). A person whose role is given is taken up by that role.
 *
 * <p>Stateless and thread-safe.
 */
final class RolelessOffices {

    private RolelessOffices() {
    }

    /**
     * Whether the office description {@code r} takes up {@code p}, the first of {@code candidates} (the persons named
     * before it, nearest first).
     */
    static boolean takesUp(SpeakerDocument d, Referent p, Referent r, List<Referent> candidates) {
        if (p.person().role() != null || candidates.isEmpty() || candidates.get(0) != p) {
            return false;
        }
        int at = r.span().start();
        int before = QuoteOffsets.lastNonBlankBefore(d.text, at);
        if (before < 0 || !Character.isLowerCase(d.text.charAt(before))) {
            return false; // after its verb (« a lancé l'eurodéputé »), not a sentence's subject (« La directrice me disait »)
        }
        int paragraph = d.paragraph(at);
        boolean named = false;
        for (Entity e : d.persons) {
            for (Mention m : e.mentions()) {
                if (m.span().start() < at && m.kind() == Mention.Kind.NAME
                        && d.paragraph(m.span().start()) == paragraph && !d.quoted(m.span())) { // not « madame Lahlou » in a quote
                    if (e != p.person()) {
                        return false; // two persons named in the paragraph: the office may be either's
                    }
                    named = true;
                }
            }
        }
        return named;
    }
}
