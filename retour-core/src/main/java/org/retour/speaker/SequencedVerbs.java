package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Verbs of speech joined by a comma and an adverb of sequence to an earlier verb of the same subject
 * (« Il hésite, puis lâche : », "She paused, then said:"), or in the infinitive after a preposition that
 * completes a finite verb (« Il finit par lâcher : »): where the earlier verb's clause ends, so that its
 * subject pronoun speaks. The words come from {@code sequence-words.txt} and {@code infinitive-links.txt}.
 * Immutable and thread-safe.
 */
final class SequencedVerbs {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/sequence-words.txt";
    /** The bundled prepositions before an infinitive of speech. */
    static final String LINKS = "org/retour/speaker/infinitive-links.txt";

    private static final SequencedVerbs BUNDLED = new SequencedVerbs(
            ResourceLines.byLanguage(ResourceLines.classpath(RESOURCE), true),
            ResourceLines.byLanguage(ResourceLines.classpath(LINKS), true));

    private final Map<String, Set<String>> words;
    private final Map<String, Set<String>> links;

    SequencedVerbs(Map<String, Set<String>> words, Map<String, Set<String>> links) {
        this.words = Map.copyOf(words);
        this.links = Map.copyOf(links);
    }

    /** The bundled adverbs. */
    static SequencedVerbs bundled() {
        return BUNDLED;
    }

    /**
     * The token that ends the earlier clause when the verb of speech at token {@code verb} follows a
     * comma and an adverb of sequence (« hésite, puis lâche »: « hésite ») or a linking preposition
     * (« finit par lâcher »: « finit »), else -1.
     */
    int clauseEnd(SpeakerDocument d, int verb) {
        Set<String> adverbs = words.get(d.lang);
        Set<String> prepositions = links.get(d.lang);
        int k = verb - 1;
        if (prepositions != null && k >= 1 && Tokens.isWord(d.tokens.get(k)) && prepositions.contains(d.lower(k))
                && Tokens.isWord(d.tokens.get(k - 1))) {
            return k - 1; // « Il finit par lâcher : »: « finit »
        }
        if (adverbs == null || k < 2 || !Tokens.isWord(d.tokens.get(k)) || !adverbs.contains(d.lower(k))) {
            return -1;
        }
        if (!Tokens.is(d.text, d.tokens.get(k - 1), ",") || !Tokens.isWord(d.tokens.get(k - 2))) {
            return -1;
        }
        return k - 2;
    }
}
