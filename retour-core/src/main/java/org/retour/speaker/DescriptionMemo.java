package org.retour.speaker;

import java.util.IdentityHashMap;
import java.util.Map;
import org.retour.model.Entity;
import org.retour.person.Referents.Referent;

/**
 * What the rules that read a speaking description ({@link DefiniteReferents}) find in one document more than once,
 * kept for that document: the ages each role gives (kept per thread, across documents), whether a description names someone new by an ordinal or as the
 * second of a pair, which sentences open on the second of a pair, and the age in figures given to each person.
 *
 * <p>Design decision: a description is read once for its quote and again as the last speaker and as a neighbour's
 * candidate, each time through rules that split its role into words and scan the sentences before it; everything they
 * read is fixed for the document, so each answer is kept on first use at the cost of a few small maps per document.
 *
 * <p>Not thread-safe: one instance serves one {@link SpeakerDocument}.
 */
final class DescriptionMemo {

    private final Map<Referent, Boolean> ordinals = new IdentityHashMap<>();
    /**
     * Per description (by identity), whom it stands for as a neighbour's namesake ({@link NeighbourProtagonists}):
     * asked again each time the description is taken up, and fixed for the document.
     */
    private final Map<Referent, Referent> neighbours = new IdentityHashMap<>();
    private final Map<Entity, Integer> appositionAges = new IdentityHashMap<>();
    /** Per person, the ages given in apposition to their names ({@link AgedReferents}); keyed by identity. */
    private final Map<Entity, int[]> namedAges = new IdentityHashMap<>();
    /** Per sentence, 0 before it was read, 1 when it opens on the unnamed second of a pair, 2 when not. */
    private byte[] pairOpenings;

    /**
     * Per thread, what the roles read last say of an age: a pure reading of the role's words, so kept across
     * documents too ("the prosecutor", « le prévenu » come back in article after article).
     */
    private static final ThreadLocal<org.retour.person.WordMemo<RoleAges>> ROLE_AGES =
            org.retour.person.WordMemo.perThread(RoleAges::of);

    /** What {@code role} says of an age in {@code lang}, read once per role and thread. */
    RoleAges ages(String role, String lang) {
        return role == null ? RoleAges.NONE : ROLE_AGES.get().get(role, lang);
    }

    /** The kept answer of {@link OrdinalDescriptions#ordinal} for {@code r} (by identity), or null before the first. */
    Boolean ordinal(Referent r) {
        return ordinals.get(r);
    }

    /** Keeps the answer of {@link OrdinalDescriptions#ordinal} for {@code r}. */
    void ordinal(Referent r, boolean answer) {
        ordinals.put(r, answer);
    }

    /**
     * What {@link #neighbour} gives for a description that stands for no neighbour: a referent of no one, never one
     * of the document's.
     */
    static final Referent NO_ONE = new Referent(new org.retour.model.Span(0, 0), null, null,
            org.retour.person.Gender.UNKNOWN);

    /**
     * The kept neighbour of {@code r} ({@link NeighbourProtagonists#standsFor} past its reading's checks: none for an
     * ordinal description, else {@link NeighbourProtagonists#named}), {@link #NO_ONE} when it has none, or null before
     * the first.
     */
    Referent neighbour(Referent r) {
        return neighbours.get(r);
    }

    /** Keeps the neighbour of {@code r}, null for none. */
    void neighbour(Referent r, Referent neighbour) {
        neighbours.put(r, neighbour == null ? NO_ONE : neighbour);
    }

    /** The kept age in apposition of {@code person} ({@link TopicDescriptions}), or null before the first. */
    Integer appositionAge(Entity person) {
        return appositionAges.get(person);
    }

    /** Keeps the age in apposition of {@code person}. */
    void appositionAge(Entity person, int age) {
        appositionAges.put(person, age);
    }

    /** The kept ages in apposition to the names of {@code person} ({@link AgedReferents}), or null before the first. */
    int[] namedAges(Entity person) {
        return namedAges.get(person);
    }

    /** Keeps the ages in apposition to the names of {@code person}. */
    void namedAges(Entity person, int[] ages) {
        namedAges.put(person, ages);
    }

    /** The per-sentence marks of {@link PairOthers} for a document of {@code sentences} sentences, all 0 at first. */
    byte[] pairOpenings(int sentences) {
        if (pairOpenings == null) {
            pairOpenings = new byte[sentences];
        }
        return pairOpenings;
    }
}
