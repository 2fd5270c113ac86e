package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Verbs of speech joined by a comma and an adverb of sequence to an earlier verb of the same subject
 * (« Il hésite, puis lâche : », "She paused, then said:"): where the earlier verb's clause ends, so that
 * its subject pronoun speaks. The adverbs come from {@code sequence-words.txt}. Immutable and thread-safe.
 */
final class SequencedVerbs {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/sequence-words.txt";

    private static final SequencedVerbs BUNDLED = new SequencedVerbs(ResourceLines.byLanguage(
            ResourceLines.classpath(RESOURCE), true));

    private final Map<String, Set<String>> words;

    SequencedVerbs(Map<String, Set<String>> words) {
        this.words = Map.copyOf(words);
    }

    /** The bundled adverbs. */
    static SequencedVerbs bundled() {
        return BUNDLED;
    }

    /**
     * The token that ends the earlier clause when the verb of speech at token {@code verb} follows a
     * comma and an adverb of sequence (« hésite, puis lâche »: « hésite »), else -1.
     */
    int clauseEnd(SpeakerDocument d, int verb) {
        Set<String> adverbs = words.get(d.lang);
        int k = verb - 1;
        if (adverbs == null || k < 2 || !Tokens.isWord(d.tokens.get(k)) || !adverbs.contains(d.lower(k))) {
            return -1;
        }
        if (!Tokens.is(d.text, d.tokens.get(k - 1), ",") || !Tokens.isWord(d.tokens.get(k - 2))) {
            return -1;
        }
        return k - 2;
    }
}
