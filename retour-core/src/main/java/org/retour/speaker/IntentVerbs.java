package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Tells a verb of speech that opens an infinitive of intent or commitment ("agreed to bring home", "vowed to
 * appeal", "asked to be identified") from one that reports words: such a verb is no cue. Words come from
 * {@code org/retour/speaker/intent-verbs.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class IntentVerbs {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/intent-verbs.txt";
    private static final Map<String, Set<String>> PAIRS = ResourceLines.byLanguage(ResourceLines.classpath(RESOURCE), true);

    private IntentVerbs() {
    }

    /** Whether the verb at token {@code k} and the word right after it make a verb of intent before its infinitive. */
    static boolean beforeInfinitive(SpeakerDocument d, int k) {
        Set<String> pairs = PAIRS.get(d.lang);
        if (pairs == null || k + 1 >= d.tokens.size() || !Tokens.isWord(d.tokens.get(k + 1))
                || !Tokens.adjacent(d.text, d.tokens.get(k), d.tokens.get(k + 1))) {
            return false;
        }
        return pairs.contains(d.lower(k) + " " + d.lower(k + 1));
    }
}
