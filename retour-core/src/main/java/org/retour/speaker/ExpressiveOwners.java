package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.resource.GrammarWords;
import org.retour.resource.ResourceLines;

/**
 * The owner of a voice, eyes or a face that opens a sentence as its subject: « La voix de Yassine tremble », "The
 * voice of Yassine breaks", „Die Stimme von Yassine zittert“. The sentence is about that person, who speaks next,
 * though the name is the complement of the noun. The nouns come from {@code expressive-nouns.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class ExpressiveOwners {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/expressive-nouns.txt";
    private static final ExpressiveOwners BUNDLED = new ExpressiveOwners(ResourceLines.wordsByLanguage(
            ResourceLines.classpath(RESOURCE)));

    /** The most words before the person: a determiner, the noun and the preposition (« la voix de »). */
    static final int MAX_WORDS_BEFORE = 3;

    private final Map<String, Set<String>> nouns;
    private final GrammarWords grammar = GrammarWords.bundled();

    ExpressiveOwners(Map<String, Set<String>> nouns) {
        this.nouns = Map.copyOf(nouns);
    }

    /** The bundled nouns. */
    static ExpressiveOwners bundled() {
        return BUNDLED;
    }

    /**
     * Whether the referent {@code r} at token {@code k}, with {@code wordsBefore} words before it in its clause, owns the
     * expressive noun that opens the clause as its complement: the noun and the preposition right before it (« la voix
     * de Yassine », "the voice of Yassine"). An English possessive ("Yassine's voice") is read as the paragraph's
     * topic already ({@link SubjectRules#paragraphTopic}).
     */
    boolean owns(SpeakerDocument d, int k, Referent r, int wordsBefore) {
        Set<String> own = nouns.getOrDefault(d.lang, Set.of());
        if (own.isEmpty() || r.person() == null) {
            return false;
        }
        return wordsBefore >= 2 && wordsBefore <= MAX_WORDS_BEFORE && k >= 2
                && grammar.of(GrammarWords.Kind.OF, d.lang).contains(String.valueOf(d.lower(k - 1)))
                && own.contains(String.valueOf(d.lower(k - 2)));
    }
}
