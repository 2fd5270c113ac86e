package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Finds a phrase of manner whose last word is a form of a verb of speech (« par écrit », « à l'écrit »): it tells how
 * one spoke, so that word is no cue (« Le parquet rappelle par écrit que « … » »: the cue is « rappelle »).
 *
 * <p>Reads at most three tokens before the word. Stateless and thread-safe.
 */
final class MannerPhrases {

    /** The bundled phrases, lower-cased, by language. */
    private static final Map<String, Set<String>> PHRASES = ResourceLines.byLanguage(
            ResourceLines.classpath("org/retour/speaker/manner-phrases.txt"), true);

    private MannerPhrases() {
    }

    /** Whether the word at token {@code k} ends a phrase of manner. */
    static boolean endsAt(SpeakerDocument d, int k) {
        Set<String> phrases = PHRASES.get(d.lang);
        if (phrases == null || k < 1) {
            return false;
        }
        String phrase = d.lower(k);
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            var t = d.tokens.get(j);
            if (!Tokens.isWord(t)) {
                return false;
            }
            String gap = d.text.substring(t.span().end(), d.tokens.get(j + 1).span().start());
            phrase = d.lower(j) + gap + phrase;
            if (phrases.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
