package org.retour.speaker;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The person a subject pronoun refers to when its own clause names someone's kin through a possessive of its
 * gender and the sentence before opens with that person's kin by the same noun: in "Lowell's daughter, 29,
 * went to Syria. She said her daughter …", "she" is not the daughter her own clause tells of but Lowell, whose
 * daughter she is. English only: the possessive tells the owner's gender there.
 *
 * <p>Reads a bounded window (the pronoun's next words, the first words of the sentence before); immutable
 * and thread-safe.
 */
final class KinOwnerSubjects {

    /** How many tokens after the pronoun may hold the possessive and its kin noun ("She said her daughter"). */
    static final int CLAUSE_TOKENS = 8;
    /** How many words may open the sentence before its owner's name ("Ms. Lowell's daughter"). */
    static final int OPENING_WORDS = 2;

    private final Set<String> kinNouns;

    private KinOwnerSubjects(Set<String> kinNouns) {
        this.kinNouns = Set.copyOf(kinNouns);
    }

    private static final KinOwnerSubjects BUNDLED = load();

    static KinOwnerSubjects bundled() {
        return BUNDLED;
    }

    private static KinOwnerSubjects load() {
        Map<String, Map<String, Set<String>>> kinds = ResourceLines.wordsByKind(
                ResourceLines.classpath(PossessiveReferents.RESOURCE), Set.of("parent", "child", "sibling"), "kin");
        Set<String> nouns = new HashSet<>();
        for (Map<String, Set<String>> byLang : kinds.values()) {
            nouns.addAll(byLang.getOrDefault("en", Set.of()));
        }
        return new KinOwnerSubjects(nouns);
    }

    /**
     * The owner named at the start of the sentence before the one holding the pronoun at {@code at}, whose kin
     * the pronoun's clause names again behind a possessive of the pronoun's gender; or null.
     */
    Referent owner(SpeakerDocument d, Pronoun p, int at) {
        if (!"en".equals(d.lang) || p.plural() || p.gender() == Gender.UNKNOWN) {
            return null;
        }
        String noun = possessedKin(d, p, at);
        if (noun == null) {
            return null;
        }
        int own = SpeakerSentences.sentenceStart(d, at);
        int previous = SpeakerSentences.previousSentenceStart(d, own, d.paragraphStarts.get(d.paragraph(at)));
        if (previous < 0) {
            return null;
        }
        List<Referent> before = d.referents.within(previous, own);
        for (int i = 0; i < before.size() && i < 3; i++) {
            Referent r = before.get(i);
            if (SpeakerSentences.wordsBetween(d, previous, r.span().start()) > OPENING_WORDS) {
                return null;
            }
            if (r.person() != null && r.gender().compatible(p.gender()) && ownsKin(d, r.span().end(), noun)) {
                return r;
            }
        }
        return null;
    }

    /** The kin noun a possessive of the pronoun's gender opens among the pronoun's next words, or null. */
    private String possessedKin(SpeakerDocument d, Pronoun p, int at) {
        String own = p.gender() == Gender.FEMALE ? "her" : p.gender() == Gender.MALE ? "his" : null;
        int first = d.tokenAt(at);
        int stop = Math.min(d.tokens.size() - 1, first + CLAUSE_TOKENS);
        for (int k = first + 1; k < stop; k++) {
            String w = d.lower(k);
            if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) && w.charAt(0) != ',') {
                return null; // a quote mark or the sentence's end: the clause is over
            }
            if (w.equals(own) && kinNouns.contains(d.lower(k + 1))) {
                return d.lower(k + 1);
            }
        }
        return null;
    }

    /** Whether the text at {@code end} reads "'s NOUN" (the name owns that kin). */
    private static boolean ownsKin(SpeakerDocument d, int end, String noun) {
        String t = d.text;
        if (end + 3 + noun.length() > t.length() || t.charAt(end) != '\'' && t.charAt(end) != '’'
                || t.charAt(end + 1) != 's' || t.charAt(end + 2) != ' ') {
            return false;
        }
        return t.regionMatches(true, end + 3, noun, 0, noun.length())
                && (end + 3 + noun.length() == t.length() || !Character.isLetter(t.charAt(end + 3 + noun.length())));
    }
}
