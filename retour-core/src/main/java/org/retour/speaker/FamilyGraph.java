package org.retour.speaker;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retour.model.Entity;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The family of an article: who of its named persons is whose parent, child, sibling, grandparent or spouse, as
 * its kin descriptions tie them (« Mohamed Kaci … en face de son fils. Sofiane Kaci … », "His mum Sharon", « la
 * mère de Karim », „seine Schwester Lea“). A kin description's owner is the person its complement names, else,
 * behind a possessive, the person named last before it; its relative is the person it is tied to, else the one
 * other person of its gender who bears the owner's surname. Made once per document; not thread-safe, as the
 * document it belongs to.
 */
final class FamilyGraph {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/family.txt";
    /** How far back (in characters) a possessive's owner may have been named. */
    static final int OWNER_REACH = CueSpeakerResolver.NAMED_REACH;

    /** How many characters may part a kin description from the name apposed to it (« sa fille Laura », "his son, Ali"). */
    static final int APPOSED_GAP = 3;

    /** What parts a role's words: spaces and apostrophes (compiled once, not per role). */
    private static final java.util.regex.Pattern KIN_WORD_BREAKS = java.util.regex.Pattern.compile("[\\s’']+");

    /** A relation a kin noun names: its person is that relation of the description's owner. */
    enum Relation {
        PARENT, CHILD, SIBLING, GRANDPARENT, GRANDCHILD, SPOUSE;

        /** The relation the owner bears to the relative: a parent's owner is their child. */
        Relation inverse() {
            return switch (this) {
                case PARENT -> CHILD;
                case CHILD -> PARENT;
                case GRANDPARENT -> GRANDCHILD;
                case GRANDCHILD -> GRANDPARENT;
                default -> this;
            };
        }
    }

    /**
     * That {@code relative} is {@code owner}'s {@code relation}; {@code relative} is null for a child the text tells
     * of without naming (« Hédi Ouerghi n'a pas revu son fils »), which makes the owner a parent all the same.
     */
    record Tie(Entity owner, Relation relation, Entity relative) {
    }

    private static final Map<String, Map<String, Relation>> WORDS = ResourceLines.kindsByLanguage(
            ResourceLines.classpath(RESOURCE), Relation.class, "family", false);

    private final List<Tie> ties;
    private final Map<Entity, Gender> genders;

    private FamilyGraph(List<Tie> ties, Map<Entity, Gender> genders) {
        this.ties = ties;
        this.genders = genders;
    }

    /** The relation the kin noun of a role names (« grand-mère », "older brother", „Vater“), or null. */
    static Relation relation(String lang, String role) {
        if (role == null || !WORDS.containsKey(lang)) {
            return null;
        }
        return RELATIONS.get().get(role, lang);
    }

    /**
     * Per thread, the relations of the roles met last.
     *
     * <p>Design decision: a document's kin descriptions are read again for every quote whose speaker they may be,
     * so the role's relation is kept rather than its words split and looked up each time.
     */
    private static final ThreadLocal<org.retour.person.WordMemo<Relation>> RELATIONS =
            org.retour.person.WordMemo.perThread(FamilyGraph::readRelation);

    /** The relation the kin noun of {@code role} names in {@code lang} (a language with kin words), or null. */
    private static Relation readRelation(String role, String lang) {
        Map<String, Relation> words = WORDS.get(lang);
        String lower = role.strip().toLowerCase(Locale.ROOT);
        Relation whole = words.get(lower);
        if (whole != null) {
            return whole;
        }
        for (String w : KIN_WORD_BREAKS.split(lower)) {
            Relation r = words.get(w);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** The family graph of a document, read from its kin descriptions. */
    static FamilyGraph of(SpeakerDocument d, SubjectRules rules) {
        Map<Entity, Gender> genders = new IdentityHashMap<>();
        for (Referent r : d.referents.all()) {
            if (r.person() != null && r.description() == null) {
                genders.merge(r.person(), r.gender(), Gender::or);
            }
        }
        List<Tie> ties = new ArrayList<>();
        for (boolean named : new boolean[] {true, false}) { // a name apposed to its kin noun before a shared surname
            for (Referent r : d.referents.all()) {
                Relation relation = r.description() == null ? null : relation(d.lang, r.description().role());
                Entity owner = relation == null ? null : owner(d, rules, r);
                if (owner == null) {
                    continue;
                }
                boolean apposed = r.person() != null && r.person() != owner && apposed(r);
                Entity relative = !named ? apposed ? null : namesake(d, owner, r.gender()) // "His sister, Hannah Ortiz": her
                        : apposed ? r.person() : null;
                if (relative != null && relative != owner && !tied(ties, owner, relative)) {
                    ties.add(new Tie(owner, relation, relative)); // the first tie of two persons tells what they are
                } else if (!named && relative == null && r.person() == null && relation == Relation.CHILD
                        && !unknownChild(ties, owner)) {
                    ties.add(new Tie(owner, relation, null)); // « Hédi Ouerghi n'a pas revu son fils »: a parent
                }
            }
        }
        return new FamilyGraph(List.copyOf(ties), genders);
    }

    /**
     * {@code reading} itself, unless it gives kin description {@code r} (« le père », "the grandmother", « Son
     * fils ») to a person the graph ties to others without making them that kin, while exactly one person of the
     * description's gender is: then that person (« Mohamed Kaci … son fils. Sofiane Kaci … » then « … »,
     * commence le père: the father, not the son named last). A parent's description may leave a person the graph
     * does not know for the one parent it knows (« Hédi Ouerghi … son fils » then « raconte le père »: not Aymen).
     */
    static DefiniteReferents.Reading settle(SpeakerDocument d, SubjectRules rules, Referent r,
                                            DefiniteReferents.Reading reading) {
        Referent chosen = reading.referent();
        if (reading.open() || chosen == null || chosen.person() == null || r.description() == null) {
            return reading;
        }
        Relation relation = relation(d.lang, r.description().role());
        if (relation == null || ParentDescriptions.bundled().ofChildren(d.text, r.description(), d.lang)) {
            return reading; // "the mother of two": the person described by her children, not someone's mother
        }
        if (!r.description().definite() && SpeakerSentences.sentenceStart(d, r.span().start()) != r.span().start()) {
            return reading; // "the elder Coleman wrote that his son had called": a possessive inside a clause is told of
        }
        FamilyGraph g = d.family(rules);
        if (g.plays(chosen.person(), relation) || !g.known(chosen.person()) && relation != Relation.PARENT) {
            return reading;
        }
        Entity kin = g.sole(relation, r.gender());
        if (kin == null || kin == chosen.person()) {
            return reading;
        }
        return new DefiniteReferents.Reading(new Referent(r.span(), kin, r.description(),
                g.genders.getOrDefault(kin, Gender.UNKNOWN).or(r.gender())), false);
    }

    /** Whether {@code owner} has a child the text does not name already. */
    private static boolean unknownChild(List<Tie> ties, Entity owner) {
        for (Tie t : ties) {
            if (t.owner() == owner && t.relative() == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a tie joins the two persons already, either way. */
    private static boolean tied(List<Tie> ties, Entity a, Entity b) {
        for (Tie t : ties) {
            if (t.owner() == a && t.relative() == b || t.owner() == b && t.relative() == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the person of kin description {@code r} is named right by it (« sa fille Laura », "His mum Sharon,
     * 52"), not only taken up from afar by a description the text leaves open.
     */
    private static boolean apposed(Referent r) {
        for (org.retour.model.Mention m : r.person().mentions()) {
            if (m.kind() == org.retour.model.Mention.Kind.NAME && m.span().start() >= r.span().end()
                    && m.span().start() - r.span().end() <= APPOSED_GAP) {
                return true;
            }
        }
        return false;
    }

    /** The gender the text gives a person of the graph by name, or UNKNOWN. */
    Gender gender(Entity person) {
        return genders.getOrDefault(person, Gender.UNKNOWN);
    }

    /** The persons a tie makes {@code owner}'s {@code relation}, either way round, in text order (a person may recur). */
    List<Entity> kin(Entity owner, Relation relation) {
        List<Entity> out = new java.util.ArrayList<>(2);
        for (Tie t : ties) {
            if (t.owner() == owner && t.relation() == relation && t.relative() != null) {
                out.add(t.relative());
            } else if (t.relative() == owner && t.relation().inverse() == relation) {
                out.add(t.owner());
            }
        }
        return out;
    }

    /** The ties read, in text order. */
    List<Tie> ties() {
        return ties;
    }

    /** Whether the graph ties {@code person} to anyone. */
    boolean known(Entity person) {
        for (Tie t : ties) {
            if (t.owner() == person || t.relative() == person) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code person} is someone's {@code relation}, as a tie says it or its inverse. */
    boolean plays(Entity person, Relation relation) {
        for (Tie t : ties) {
            if (t.relative() == person && t.relation() == relation || t.owner() == person && t.relation().inverse() == relation) {
                return true;
            }
        }
        return relation == Relation.GRANDPARENT && parentOfParent(person);
    }

    /**
     * The one person of a gender compatible with {@code gender} who is someone's {@code relation}, or null; a
     * grandparent, when no one is a parent's parent, is the one parent of that gender (« la grand-mère » of an
     * article about a returned mother and her children is that mother's mother).
     */
    Entity sole(Relation relation, Gender gender) {
        Entity found = soleStrict(relation, gender);
        return found == null && relation == Relation.GRANDPARENT && !anyPlays(relation) ? soleStrict(Relation.PARENT, gender) : found;
    }

    private Entity soleStrict(Relation relation, Gender gender) {
        Entity found = null;
        for (Tie t : ties) {
            for (Entity e : new Entity[] {t.owner(), t.relative()}) {
                if (e != null && e != found && genders.getOrDefault(e, Gender.UNKNOWN).compatible(gender) && plays(e, relation)) {
                    if (found != null) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    private boolean anyPlays(Relation relation) {
        for (Tie t : ties) {
            if (plays(t.owner(), relation) || plays(t.relative(), relation)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code person} is a parent of someone who is a parent in turn. */
    private boolean parentOfParent(Entity person) {
        for (Tie t : ties) {
            Entity child = t.relation() == Relation.PARENT && t.relative() == person ? t.owner()
                    : t.relation() == Relation.CHILD && t.owner() == person ? t.relative() : null;
            if (child != null && child != person && parentOf(child)) {
                return true;
            }
        }
        return false;
    }

    private boolean parentOf(Entity person) {
        for (Tie t : ties) {
            if (t.relation() == Relation.PARENT && t.relative() == person || t.relation() == Relation.CHILD && t.owner() == person) {
                return true;
            }
        }
        return false;
    }

    /**
     * The owner of kin description {@code r}: the person its complement names ("Karim's mother", « la mère de
     * Karim »), else, behind a possessive, the person named last before it whose gender the possessive allows ("his
     * sister": not the woman named last); else null.
     */
    private static Entity owner(SpeakerDocument d, SubjectRules rules, Referent r) {
        Referent of = ComplementPersons.bundled().of(d, r);
        if (of != null) {
            return of.person();
        }
        if (!rules.opensPossessive(d, r.description())) {
            return null;
        }
        int start = r.span().start();
        Gender owner = OwnerGenders.ofDescription(r.description().text(), d.lang); // "his sister": a man's
        List<Referent> before = d.referents.within(Math.max(0, start - OWNER_REACH), start);
        for (int i = before.size() - 1; i >= 0; i--) {
            Referent p = before.get(i);
            if (p.person() != null && p.gender().compatible(owner)) {
                return p.person();
            }
        }
        return null;
    }

    /** The one other person named in the document who bears the owner's surname, of a compatible gender, or null. */
    private static Entity namesake(SpeakerDocument d, Entity owner, Gender gender) {
        String surname = FamilyNames.surname(owner);
        if (surname == null) {
            return null;
        }
        Entity found = null;
        for (Referent p : d.referents.all()) {
            if (p.person() == null || p.description() != null || p.person() == owner || p.person() == found
                    || !p.gender().compatible(gender) || !surname.equals(FamilyNames.surname(p.person()))) {
                continue;
            }
            if (found != null) {
                return null; // two relatives of that name: the text must say which
            }
            found = p.person();
        }
        return found;
    }
}
