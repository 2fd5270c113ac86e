package org.retour.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Mention;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The person a description opened by a possessive stands for ("His mother", « Son père »): the one person named
 * before with a role of its noun, else, for a parent's noun, the one person named before whose sentence gives
 * them a child behind a possessive ("When Dewi Lestari landed with her husband and four children", "Ali Hassan
 * keeps … clippings about his sons"). Immutable and thread-safe.
 */
final class PossessiveReferents {

    static final String RESOURCE = "org/retour/speaker/kin.txt";
    /** How many words may stand between a possessive and the child noun it opens ("her husband and four children"). */
    static final int CHILD_WORDS = 4;

    private final Map<String, Set<String>> parents;
    private final Map<String, Set<String>> children;
    private final Map<String, Set<String>> siblings;

    private PossessiveReferents(List<String> lines) {
        Map<String, Map<String, Set<String>>> kinds = ResourceLines.wordsByKind(lines, Set.of("parent", "child", "sibling"),
                "kin");
        this.parents = kinds.get("parent");
        this.children = kinds.get("child");
        this.siblings = kinds.get("sibling");
    }

    static PossessiveReferents bundled() {
        return BUNDLED;
    }

    private static final PossessiveReferents BUNDLED = new PossessiveReferents(ResourceLines.classpath(RESOURCE));

    /** The person a possessive description {@code r} stands for, or null. */
    Referent named(SpeakerDocument d, SubjectRules rules, Referent r) {
        Referent sole = soleRoleHolder(d, r);
        if (sole != null && sibling(d, r)) {
            Referent owner = d.referents.mostRecent(r.span().start(), org.retour.person.Gender.UNKNOWN);
            if (owner != null && owner.person() == sole.person()) {
                return otherSibling(d, r, sole); // "Nasreen listens … Her sister goes on": Nasreen's sister, not Nasreen
            }
        }
        return sole != null ? sole : parent(d, rules, r);
    }

    /**
     * Whether two roles head with different kin nouns ("fils" and "père", « la mère » and « sa fille »): a
     * description of the one never stands for a person named with the other.
     */
    boolean otherKin(String lang, String role, String other) {
        String a = kinNoun(lang, role);
        String b = kinNoun(lang, other);
        return a != null && b != null && !a.equals(b);
    }

    /** How far back (in characters) a tie of a person to a kin description still tells whose kin they are. */
    static final int KIN_REACH = 4000;

    /**
     * Whether a kin description ("Le fils") names a person other than {@code person}, whom the text gives
     * another kin noun: as their role or in a description tied to them within {@link #KIN_REACH} characters
     * before it ("aux côtés de son père, Réjean" … "Le fils parle").
     */
    boolean otherKinOf(SpeakerDocument d, Referent r, org.retour.model.Entity person) {
        String role = r.description() == null ? null : r.description().role();
        if (kinNoun(d.lang, role) == null) {
            return false;
        }
        if (otherKin(d.lang, role, person.role())) {
            return true;
        }
        int start = r.span().start();
        for (Referent p : d.referents.within(Math.max(0, start - KIN_REACH), start)) {
            if (p.person() == person && p.description() != null && otherKin(d.lang, role, p.description().role())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role opens with a kin noun (« fils aîné », "mother"). */
    boolean kin(String lang, String role) {
        return kinNoun(lang, role) != null;
    }

    /**
     * Per thread, the kin nouns of the roles read last: a role is read for its description and again against each
     * person named before it, in document after document.
     */
    private final ThreadLocal<org.retour.person.WordMemo<String>> kinNouns =
            org.retour.person.WordMemo.perThread((role, lang) -> readKinNoun(lang, role));

    /** The kin noun a role opens with (« fils » in « fils aîné »), lower-cased, or null. */
    private String kinNoun(String lang, String role) {
        return role == null ? null : kinNouns.get().get(role, lang);
    }

    /** {@link #kinNoun} of a role that is not null, read anew. */
    private String readKinNoun(String lang, String role) {
        String w = role.strip().toLowerCase(Locale.ROOT);
        int space = w.indexOf(' ');
        w = space < 0 ? w : w.substring(0, space);
        for (Map<String, Set<String>> kind : List.of(parents, children, siblings)) {
            Set<String> nouns = kind.get(lang);
            if (nouns != null && nouns.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** Whether a possessive description's noun is a sibling's ("Her sister", « son frère »). */
    private boolean sibling(SpeakerDocument d, Referent r) {
        String role = r.description().role();
        Set<String> nouns = siblings.get(d.lang);
        return role != null && nouns != null && nouns.contains(role.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The person named last before {@code r}, other than {@code sibling}, whose gender fits: the one whose sibling
     * {@code sibling} was named as, when the possessive takes up {@code sibling} herself; else null.
     */
    private static Referent otherSibling(SpeakerDocument d, Referent r, Referent sibling) {
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), CueSpeakerResolver.NAMED_REACH)) {
            if (p.person() != sibling.person()) {
                return new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender()));
            }
        }
        return null;
    }

    /**
     * How far back (in characters) the one holder of a description's role is looked for: an article's whole
     * account, as « sa belle-sœur, Amel Lahlou » of the lead is « Sa belle-sœur » five paragraphs on.
     */
    static final int SOLE_REACH = 4000;

    /**
     * The one person named before a description without article whose role shares its noun ("Their mother,
     * Potri Macarambon" … "His mother, who travelled from Butig, said:"), when exactly one named person within
     * {@link #SOLE_REACH} has such a role and a compatible gender; else null.
     */
    static Referent soleRoleHolder(SpeakerDocument d, Referent r) {
        Referent found = null;
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), SOLE_REACH)) {
            if (p.person().role() != null && Inflection.shareNoun(p.person().role(), r.description().role(), d.lang)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found == null ? null : new Referent(r.span(), found.person(), r.description(), found.gender().or(r.gender()));
    }

    /**
     * The one person named before {@code r} (a description whose noun is a parent's) whose sentence gives them
     * a child behind a possessive, with {@code r}'s gender; null when none or several.
     */
    Referent parent(SpeakerDocument d, SubjectRules rules, Referent r) {
        String role = r.description().role();
        Set<String> nouns = parents.get(d.lang);
        if (role == null || nouns == null || !nouns.contains(role.strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Referent found = null;
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), CueSpeakerResolver.NAMED_REACH)) {
            if (hasChild(d, rules, p, r.span().start())) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found == null ? null : new Referent(r.span(), found.person(), r.description(), found.gender().or(r.gender()));
    }

    /**
     * Whether a possessive opens a child noun after one of the person's names before {@code to}, in the rest of
     * its paragraph up to the next other person's name: the possessive of the sentences that go on about the
     * person named ("Nadia Haddad a posé un téléphone. Elle ne s'en sépare jamais. Dedans, les messages de son
     * fils").
     */
    private boolean hasChild(SpeakerDocument d, SubjectRules rules, Referent p, int to) {
        Set<String> nouns = children.getOrDefault(d.lang, Set.of());
        for (Mention m : p.person().mentions()) {
            if (m.kind() != Mention.Kind.NAME || m.span().start() >= to) {
                continue;
            }
            int end = Math.max(SpeakerSentences.sentenceEnd(d, m.span().end()),
                    Math.min(to, ownStretchEnd(d, p, m.span().end())));
            int open = -1;
            for (int k = d.tokenAt(m.span().end()); k < d.tokens.size() && d.tokens.get(k).span().start() < end; k++) {
                String w = d.lower(k);
                if (rules.possessive(d, w)) {
                    open = k;
                } else if (open >= 0 && k - open <= CHILD_WORDS && nouns.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the stretch about a person named ending at {@code from} ends: at the end of its paragraph, or at the
     * next name of another person in it.
     */
    private static int ownStretchEnd(SpeakerDocument d, Referent p, int from) {
        int paragraph = d.paragraph(from);
        int end = d.paragraphEnd(paragraph);
        for (Referent other : d.referents.within(from, end)) {
            if (other.person() != null && other.person() != p.person() && other.description() == null) {
                return other.span().start();
            }
        }
        return end;
    }
}
