package org.retour.speaker;

import java.util.EnumSet;
import java.util.Set;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Voice;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;

/**
 * The person a definite description of an office or a trade stands for when the text names its holder only further
 * on: « Au micro de Radio-Canada, la procureure … « … », a-t-elle expliqué » then « La procureure de la Couronne, Me
 * Isabelle Trudel, … » — news often brings in an official by the office first and gives the name where the office
 * comes back. The one person, named after the description and never before it, whose role shares the description's
 * noun, whose gender fits and whose name follows a definite description of that office, is the one meant; two such
 * persons leave the description as it is.
 *
 * <p>Stateless and thread-safe.
 */
final class LaterNamedHolders {

    /** How far (in characters) after the description the holder's name may come. */
    static final int REACH = 2_500;
    /** How far (in characters) before the name the description that takes the office up may start. */
    static final int APPOSED_REACH = 80;
    /** The fewest letters a word of two roles must have to make them the same office. */
    static final int MIN_WORD = 4;

    /** Voices of the offices and trades a definite description keeps for one person through an article. */
    static final Set<Voice> OFFICES = EnumSet.of(Voice.OFFICIAL, Voice.RESEARCHER, Voice.JOURNALIST, Voice.OTHER);

    private LaterNamedHolders() {
    }

    /** The holder named later that the definite description {@code r} stands for, or null. */
    static Referent named(SpeakerDocument d, Referent r) {
        String role = r.description().role();
        if (!r.description().definite() || role == null || !OFFICES.contains(d.voiceOf(role))
                || d.opensPossessive(r.description())) {
            return null;
        }
        Referent found = null;
        for (Entity p : d.persons) {
            if (p.role() == null || !Inflection.shareNoun(p.role(), role, d.lang)) {
                continue;
            }
            Mention first = StandIns.firstName(p);
            if (first == null || first.span().start() < r.span().end()) {
                return null; // a holder named before: whoever the description stands for, not someone to come
            }
            if (first.span().start() - r.span().end() > REACH) {
                continue;
            }
            Referent office = takenUpBefore(d, r, p, first, role);
            Gender g = office == null ? null : gender(d, first).or(office.gender());
            if (g == null || !g.compatible(r.gender())) {
                continue;
            }
            if (found != null) {
                return null; // two holders to come: the text must say which
            }
            found = new Referent(r.span(), p, r.description(), g.or(r.gender()));
        }
        return found;
    }

    /**
     * The definite description of the office that comes back right before the name (« La procureure de la Couronne,
     * Me Isabelle Trudel », "The judge, Mary Collins"), not as a new person's apposition ("Richard Hale, a former
     * counter-terrorism officer" is not "the officer" met before), or null.
     */
    private static Referent takenUpBefore(SpeakerDocument d, Referent r, Entity p, Mention name, String role) {
        int from = Math.max(r.span().end(), name.span().start() - APPOSED_REACH);
        for (Referent x : d.referents.within(from, name.span().start())) {
            if ((x.person() == null || x.person() == p) && x.description() != null && x.description().definite()
                    && x.span().end() <= name.span().start() && sameWord(x.description().role(), role)
                    && !d.opensPossessive(x.description())) {
                return x;
            }
        }
        return null;
    }

    /**
     * Whether two roles share a word of four letters or more as written, lower-cased (« procureure »): the office
     * itself comes back, not only a noun of its family (« sociologue » is no « analyste » here).
     */
    private static boolean sameWord(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        java.util.List<String> left = RoleWords.of(a.toLowerCase(java.util.Locale.ROOT));
        for (String w : RoleWords.of(b.toLowerCase(java.util.Locale.ROOT))) {
            if (w.length() >= MIN_WORD && left.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The gender the document gives a person at a mention of their name. */
    private static Gender gender(SpeakerDocument d, Mention m) {
        for (Referent x : d.referents.within(m.span().start(), m.span().end())) {
            if (x.person() != null) {
                return x.gender();
            }
        }
        return Gender.UNKNOWN;
    }
}
