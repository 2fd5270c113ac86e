package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * A past participle of a verb of speech that stands as an adjective after a noun (« un accompagnement renforcé
 * assuré en région parisienne »): a word before it and no auxiliary among the three words before it, so it reports
 * no words and is no cue. Endings and auxiliaries come from {@code org/retour/speaker/participles.txt}.
 *
 * <p>Reads at most three tokens before the word. Stateless and thread-safe.
 */
final class AdjectivalParticiples {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/participles.txt";
    /** How many words before the participle an auxiliary may stand (« a-t-il ensuite précisé », « n'a pas précisé »). */
    static final int AUX_WORDS = 3;
    private static final Map<String, Map<String, Set<String>>> WORDS = ResourceLines.wordsByKind(
            ResourceLines.classpath(RESOURCE), Set.of("ending", "aux"), "participles");

    private AdjectivalParticiples() {
    }

    /**
     * Whether the verb of speech at token {@code k} is a past participle after a word with no auxiliary ({@code aux} in
     * cues.txt or in the resource) among the {@link #AUX_WORDS} words before it.
     */
    static boolean at(SpeakerDocument d, TokenCues kinds, int k) {
        Set<String> endings = WORDS.get("ending").get(d.lang);
        if (endings == null || k < 1 || !Tokens.isWord(d.tokens.get(k - 1)) || !participle(d.lower(k), endings)) {
            return false;
        }
        Set<String> aux = WORDS.get("aux").getOrDefault(d.lang, Set.of());
        for (int j = k - 1; j >= Math.max(0, k - AUX_WORDS) && Tokens.isWord(d.tokens.get(j)); j--) {
            if (kinds.kind(j) == SpeechCues.Kind.AUX || aux.contains(d.straightLower(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean participle(String w, Set<String> endings) {
        if (w.indexOf('-') >= 0) {
            return false; // « ajouté-t-il » is no French form; an inverted cue is never a bare participle
        }
        for (String e : endings) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
