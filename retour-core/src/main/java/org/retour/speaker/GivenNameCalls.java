package org.retour.speaker;

import java.util.Locale;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.person.Gender;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;

/**
 * The person a surname alone stands for when the text calls another bearer of it by their given name alone: news
 * that writes about two brothers, a mother and her son, calls one "Tariq" and the other "Mr Mahmood", so a surname
 * alone linked to the one already called "Tariq" names the other bearer, named in full before it and never called by
 * their given name ("Tariq Mahmood … his brother Sajid Mahmood … Tariq had been locked up …" then "“…,” Mr Mahmood
 * replied": Sajid).
 *
 * <p>Reads the mentions of the persons of the text once per surname speaker: linear in the mentions. Stateless and
 * thread-safe.
 */
final class GivenNameCalls {

    private GivenNameCalls() {
    }

    /**
     * The other bearer of {@code surname} that the surname alone at {@code r} stands for, whose gender fits the title
     * before it and the cue's pronoun: the person named in full last before {@code r} among those never called by their
     * given name alone before it, when the person {@code r} is linked to has been so called; else null.
     */
    static Entity surnameHolder(SpeakerDocument d, Referent r, String surname, Gender titled, Gender cued,
            PersonLexicon lexicon) {
        if (!calledByGivenName(r.person(), surname, r.span().start())) {
            return null;
        }
        SurnameSpeakers.Bearer b = SurnameSpeakers.latestBearer(d, r, surname, new Gender[] {titled, cued}, lexicon,
                e -> e == r.person() || calledByGivenName(e, surname, r.span().start()));
        return b == null ? null : b.person();
    }

    /**
     * Whether a person named in full with {@code surname} as their last word is mentioned before {@code before} by the
     * first word of their name alone, which is not the surname ("Tariq" for Tariq Mahmood).
     */
    static boolean calledByGivenName(Entity e, String surname, int before) {
        if (e == null || e.canonical() == null) {
            return false;
        }
        String name = e.canonical();
        int sp = name.indexOf(' ');
        if (sp <= 0 || !surname.equals(SurnameSpeakers.lastWord(name))) {
            return false;
        }
        String given = name.substring(0, sp);
        if (given.toLowerCase(Locale.ROOT).equals(surname)) {
            return false;
        }
        for (Mention m : e.mentions()) {
            if (m.span().start() < before && m.kind() == Mention.Kind.NAME && m.text().equals(given)) {
                return true;
            }
        }
        return false;
    }
}
