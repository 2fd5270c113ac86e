package org.retour.speaker;

import java.util.Locale;
import org.retour.model.Entity;
import org.retour.person.Referents.Referent;

/**
 * The named relative a possessive kin description stands for by the family name it shares with its owner
 * (« Sa mère, Sylvie Mercier » … « sa fille écrit » is Laura Mercier; « Karim Belhadj a raconté les appels de son
 * fils » is Samir Belhadj): news names a family's members with one surname, so the one other person of that surname
 * and of the description's gender, named before it, is the relative meant. Immutable and thread-safe.
 */
final class FamilyNames {

    /** How far back (in characters) the relatives and the owner may have been named. */
    static final int REACH = PossessiveReferents.KIN_REACH;
    /** How far back (in characters) the owner, the person mentioned last, may stand. */
    static final int OWNER_REACH = CueSpeakerResolver.NAMED_REACH;

    private static final FamilyNames BUNDLED = new FamilyNames();

    /** Runs of white space between a name's words (compiled once, not per name). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private FamilyNames() {
    }

    static FamilyNames bundled() {
        return BUNDLED;
    }

    /**
     * {@code reading} itself, unless it settles on an unnamed kin description behind a possessive (« son fils »,
     * « sa mère ») whose owner, the person mentioned last before it (by name or by a description of a named person),
     * shares a surname with exactly one other person of the
     * description's gender: then that person.
     */
    DefiniteReferents.Reading settle(SpeakerDocument d, SubjectRules rules, DefiniteReferents.Reading reading) {
        Referent r = reading.referent();
        if (reading.open() && r != null && r.person() == null && r.description() != null) {
            Referent named = ofCounterpart(d, rules, r);
            return named == null ? reading : new DefiniteReferents.Reading(named, false);
        }
        if (reading.open() || r == null || r.person() != null || r.description() == null) {
            return reading;
        }
        Referent named = relative(d, rules, r);
        return named == null ? reading : new DefiniteReferents.Reading(named, false);
    }

    /** The one relative sharing the owner's surname that a possessive kin description {@code r} stands for, or null. */
    static Referent relative(SpeakerDocument d, SubjectRules rules, Referent r) {
        if (!rules.opensPossessive(d, r.description())
                || !PossessiveReferents.bundled().kin(d.lang, r.description().role())) {
            return null;
        }
        int start = r.span().start();
        Referent owner = d.referents.mostRecent(start, org.retour.person.Gender.UNKNOWN);
        if (owner == null || owner.person() == null || start - owner.span().end() > OWNER_REACH) {
            return null; // « son fils » after « Son père » or « la journaliste »: whose son the text does not name
        }
        return sharing(d, r, owner.person());
    }

    /**
     * The one relative a kin description with a complement stands for (« la mère du prévenu », "the brother of the
     * detainee") when the complement is the named person {@code owner}: exactly one other person of the
     * description's gender, named before it, shares the owner's surname (« Nathalie Le Bihan est sortie fumer …
     * « … », a confié la mère du prévenu » after Mathis Le Bihan's trial); else null.
     */
    static Referent ofComplement(SpeakerDocument d, Referent r, Entity owner) {
        return PossessiveReferents.bundled().kin(d.lang, r.description().role()) ? sharing(d, r, owner) : null;
    }

    /**
     * The one relative a kin description with a complement stands for when the complement's person stays unnamed
     * (« Le frère de la détenue assure … » after Shabnam and Imran Goolamally): exactly one person of the
     * description's gender named before it shares a surname with another person named before it; else null.
     */
    static Referent ofFamily(SpeakerDocument d, Referent r) {
        if (!r.description().definite() || !PossessiveReferents.bundled().kin(d.lang, r.description().role())) {
            return null;
        }
        java.util.List<Referent> named = d.referents.namedBefore(r.span().start(), org.retour.person.Gender.UNKNOWN, REACH);
        Referent found = null;
        for (Referent p : named) {
            String surname = p.gender().compatible(r.gender()) ? surname(p.person()) : null;
            if (surname == null || !sharedWithAnother(named, p.person(), surname)) {
                continue;
            }
            if (found != null) {
                return null; // two relatives of a family: the text must say which
            }
            found = p;
        }
        return found == null ? null : new Referent(r.span(), found.person(), r.description(), found.gender().or(r.gender()));
    }

    /** Whether a person named in {@code named} other than {@code person} bears {@code surname}. */
    private static boolean sharedWithAnother(java.util.List<Referent> named, Entity person, String surname) {
        for (Referent q : named) {
            if (q.person() != person && surname.equals(surname(q.person()))) {
                return true;
            }
        }
        return false;
    }

    /** The one person of {@code r}'s gender named before it, not {@code owner}, who shares the owner's surname, or null. */
    private static Referent sharing(SpeakerDocument d, Referent r, Entity owner) {
        String surname = surname(owner);
        if (surname == null) {
            return null;
        }
        Referent found = null;
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), REACH)) {
            if (p.person() == owner || !surname.equals(surname(p.person()))) {
                continue;
            }
            if (found != null) {
                return null; // two relatives of that name: the text must say which
            }
            found = p;
        }
        return found == null ? null : new Referent(r.span(), found.person(), r.description(), found.gender().or(r.gender()));
    }

    /**
     * The one relative a definite kin description without owner stands for (« Le père, lui, a sa propre explication »,
     * "the mother said", „sagte die Mutter“) when no one nearer took it up: the person named last before it whom
     * the description's noun makes other kin (the son the father is told of) has a surname that exactly one other
     * person of the description's gender, named before it, shares; else null.
     */
    static Referent ofCounterpart(SpeakerDocument d, SubjectRules rules, Referent r) {
        if (!r.description().definite() || rules.opensPossessive(d, r.description())
                || !PossessiveReferents.bundled().kin(d.lang, r.description().role())) {
            return null;
        }
        int start = r.span().start();
        String surname = null;
        java.util.List<Referent> named = d.referents.namedBefore(start, org.retour.person.Gender.UNKNOWN, REACH);
        for (Referent p : named) {
            if (PossessiveReferents.bundled().otherKinOf(d, r, p.person())) {
                surname = surname(p.person());
                break;
            }
        }
        if (surname == null) {
            return null;
        }
        Referent found = null;
        for (Referent p : named) {
            if (!p.gender().compatible(r.gender()) || !surname.equals(surname(p.person()))
                    || PossessiveReferents.bundled().otherKinOf(d, r, p.person())) {
                continue;
            }
            if (found != null) {
                return null; // two relatives of that name: the text must say which
            }
            found = p;
        }
        return found == null ? null : new Referent(r.span(), found.person(), r.description(), found.gender().or(r.gender()));
    }

    /** The last word of a person's name of at least two words, lower-cased, or null. */
    static String surname(Entity person) {
        String name = person.canonical();
        return name == null ? null : SURNAMES.get().get(name, "");
    }

    /** Per thread, the surnames of the names met last: a family's names are compared speaker by speaker. */
    private static final ThreadLocal<org.retour.person.WordMemo<String>> SURNAMES =
            org.retour.person.WordMemo.perThread((name, none) -> surnameOf(name));

    /** The last word of {@code name} if it has two words or more, lower-cased, or null. */
    private static String surnameOf(String name) {
        String[] words = SPACES.split(name.strip());
        if (words.length < 2) {
            return null;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return last.length() < 3 || last.endsWith(".") ? null : last;
    }
}
