package org.retour.speaker;

import java.util.List;
import java.util.function.UnaryOperator;
import org.retour.model.Entity;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;

/**
 * The named person a possessive kin description stands for through the family of the article: "her mother" is the
 * mother of the woman the text spoke of just before, and the family graph tells who she is, as the mother of that
 * woman's brother ("Linda Hale … her son" and "His sister, Amy Hale" then "“…,” her mother said": Linda Hale); "her
 * daughter", told right after the mother, is that mother's daughter, the sister of her son. The owner is the nearest
 * person or description before it, out of quotes, whose gender the possessive allows ({@link OwnerGenders}); a
 * description stands for the person its own reading gives.
 *
 * <p>Reads the referents before the description and the ties of the graph: bounded by the text's persons. Stateless
 * and thread-safe; the graph it reads belongs to the document.
 */
final class FamilyKin {

    /** How far back (in characters) the owner of the possessive may stand. */
    static final int OWNER_REACH = CueSpeakerResolver.NAMED_REACH;

    private FamilyKin() {
    }

    /**
     * The named person kin description {@code r} (opened by a possessive) stands for, the one person of its gender
     * that the family graph makes its owner's kin of its noun, when the text has named them before; else null.
     *
     * @param read what a description before {@code r} stands for (a named person, or the description itself)
     */
    static Referent named(SpeakerDocument d, SubjectRules rules, Referent r, UnaryOperator<Referent> read) {
        FamilyGraph.Relation relation = FamilyGraph.relation(d.lang, r.description().role());
        if (relation == null) {
            return null;
        }
        Entity owner = owner(d, r, read);
        if (owner == null) {
            Entity child = relation == FamilyGraph.Relation.CHILD ? childOfParentDescription(d, r, read) : null;
            return child == null ? null : new Referent(r.span(), child, r.description(), r.gender());
        }
        Entity kin = kin(d.family(rules), owner, relation, r.gender());
        return kin == null || !LetterKin.mentionedBefore(kin, r.span().start()) ? null // "her son" … "Her son, Kareem": not yet
                : new Referent(r.span(), kin, r.description(), r.gender());
    }

    /**
     * The named person a child's description stands for when its owner is a parent's description of that person
     * (« sa mère … n'a pas quitté son fils des yeux », "Mr. Sultani's mother … said her son": the son is the one whose
     * mother she is); else null. The parent's description must be owned, by a possessive or a genitive, and its own
     * owner, read as a description's owner is, named and of the child's gender.
     */
    private static Entity childOfParentDescription(SpeakerDocument d, Referent r, UnaryOperator<Referent> read) {
        Referent parent = nearestOwner(d, r);
        if (parent == null || parent.person() != null || parent.description() == null
                || FamilyGraph.relation(d.lang, parent.description().role()) != FamilyGraph.Relation.PARENT
                || !owned(d, parent)) {
            return null; // "A mother from Luton … her son": someone new, no one's mother the text named
        }
        Entity child = owner(d, parent, read);
        return child != null && ownGender(d, child).compatible(r.gender()) ? child : null;
    }

    /**
     * Whether a description is owned: a possessive opens it (« sa mère ») or the word before it is a name in the genitive
     * ("Mr. Sultani's mother").
     */
    private static boolean owned(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().start()) - 1;
        return d.opensPossessive(r.description())
                || k >= 0 && org.retour.person.Tokens.possessiveAt(d.text, d.tokens.get(k).span().end() - 2);
    }

    /** The gender the lexicon gives a person by their given name, or unknown. */
    private static Gender ownGender(SpeakerDocument d, Entity e) {
        return org.retour.person.PersonLexicon.bundled().genderOf(e, d.lang);
    }

    /** The nearest person or description before {@code r}, out of quotes and in reach, whose gender its possessive allows. */
    private static Referent nearestOwner(SpeakerDocument d, Referent r) {
        Gender gender = OwnerGenders.ofDescription(r.description().text(), d.lang);
        int start = r.span().start();
        List<Referent> before = d.referents.within(Math.max(0, start - OWNER_REACH), start);
        for (int i = before.size() - 1; i >= 0; i--) {
            Referent p = before.get(i);
            if (p.span().end() <= start && !d.quoted(p.span()) && p.gender().compatible(gender)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The person a possessive description's owner is: the nearest person or description before it, out of quotes and
     * in reach, whose gender the possessive allows, through {@code read}; null when that one is no named person.
     */
    private static Entity owner(SpeakerDocument d, Referent r, UnaryOperator<Referent> read) {
        Referent p = nearestOwner(d, r);
        Referent who = p == null || p.person() != null ? p : read.apply(p);
        return who == null ? null : who.person();
    }

    /**
     * The one person of a gender compatible with {@code gender} who is {@code owner}'s {@code relation} by a tie of the
     * graph, or through a sibling: a sibling's parent is a parent, a parent's other child a sibling, a child's sibling
     * a child; else null.
     */
    static Entity kin(FamilyGraph g, Entity owner, FamilyGraph.Relation relation, Gender gender) {
        java.util.Set<Entity> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        found.addAll(g.kin(owner, relation));
        switch (relation) {
            case PARENT -> {
                for (Entity sibling : g.kin(owner, FamilyGraph.Relation.SIBLING)) {
                    found.addAll(g.kin(sibling, FamilyGraph.Relation.PARENT));
                }
            }
            case SIBLING -> {
                for (Entity parent : g.kin(owner, FamilyGraph.Relation.PARENT)) {
                    found.addAll(g.kin(parent, FamilyGraph.Relation.CHILD));
                }
            }
            case CHILD -> {
                for (Entity child : g.kin(owner, FamilyGraph.Relation.CHILD)) {
                    found.addAll(g.kin(child, FamilyGraph.Relation.SIBLING));
                }
            }
            default -> {
            }
        }
        found.remove(owner);
        Entity given = one(g, found, gender, true);
        return given != null || gender == Gender.UNKNOWN ? given : one(g, found, gender, false);
    }

    /**
     * The one person among {@code found} whose gender the text gives as {@code gender} ({@code known}), or merely
     * allows; null when none or several: "her daughter" is the one woman among a mother's children, though the text
     * never tells the son's gender by name.
     */
    private static Entity one(FamilyGraph g, java.util.Set<Entity> found, Gender gender, boolean known) {
        Entity one = null;
        for (Entity e : found) {
            Gender own = g.gender(e);
            if (known ? own == gender && own != Gender.UNKNOWN : own.compatible(gender)) {
                if (one != null) {
                    return null;
                }
                one = e;
            }
        }
        return one;
    }
}
