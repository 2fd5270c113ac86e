package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The words that open a clause set before a sentence's subject ("Turning to the jury, Omar said", « Se tournant vers
 * la présidente, Yanis a ajouté », "When the judge asked him why, Omar said"): the nouns of such a clause name whom
 * the subject speaks to, or who acts on them, not who the subject is. Present participles' endings, the words that
 * open their complement and reflexive pronouns come from {@code org/retour/person/fronted-clauses.txt}; the
 * subordinating conjunctions are those of {@link SubordinateClauses}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FrontedClauses {

    /** The bundled resource. */
    public static final String RESOURCE = "org/retour/person/fronted-clauses.txt";
    /** The fewest letters a participle has before its ending ("sing" and "ant" are none). */
    static final int MIN_STEM = 3;
    private static final FrontedClauses BUNDLED = new FrontedClauses(ResourceLines.classpath(RESOURCE));

    /** Per language, the participles' endings. */
    private final Map<String, Set<String>> endings;
    /** Per language, the prepositions and determiners that open a participle's complement. */
    private final Map<String, Set<String>> nexts;
    /** Per language, the reflexive pronouns that may stand before a participle. */
    private final Map<String, Set<String>> reflexives;

    /**
     * The words of lines {@code "lang kind word…"}.
     *
     * @throws IllegalArgumentException for a line without a word or with an unknown kind
     */
    public FrontedClauses(List<String> lines) {
        Map<String, Map<String, Set<String>>> read = ResourceLines.wordsByKind(lines,
                Set.of("ending", "next", "reflexive"), "fronted-clauses");
        this.endings = read.get("ending");
        this.nexts = read.get("next");
        this.reflexives = read.get("reflexive");
    }

    /** The bundled words. */
    public static FrontedClauses bundled() {
        return BUNDLED;
    }

    /** Whether a lower-cased word is a reflexive pronoun that may stand before a participle (« se », « s' »). */
    public boolean reflexive(String lowered, String lang) {
        return lowered != null && reflexives.getOrDefault(lang, Set.of()).contains(lowered);
    }

    /** Whether a lower-cased word is a conjunction that opens a clause of time or cause ("when", « lorsque »). */
    public boolean subordinator(String lowered, String lang) {
        return lowered != null && SubordinateClauses.bundled().conjunction(lowered, lang);
    }

    /**
     * Whether a lower-cased word has the shape of a present participle of the language ("turning", « adressant »)
     * and the word after it opens its complement ("to", « à »); the caller checks that it heads no role.
     */
    public boolean participle(String lowered, String next, String lang) {
        if (lowered == null || next == null || !nexts.getOrDefault(lang, Set.of()).contains(next)) {
            return false;
        }
        for (String ending : endings.getOrDefault(lang, Set.of())) {
            if (lowered.length() >= ending.length() + MIN_STEM && lowered.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
