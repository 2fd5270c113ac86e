package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Verbs of speech that say the speaker goes on (« poursuit », « enchaîne », "continued"), read from
 * {@code org/retour/speaker/continuations.txt}: a description that is their subject right after a quote (« « … »,
 * poursuit l'Elbeuvien ») takes up the one who spoke before.
 *
 * <p>Immutable and thread-safe.
 */
final class ContinuationVerbs {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/continuations.txt";

    private static final ContinuationVerbs BUNDLED = new ContinuationVerbs(
            ResourceLines.wordsByLanguage(ResourceLines.classpath(RESOURCE)));

    private final Map<String, Set<String>> byLanguage;

    ContinuationVerbs(Map<String, Set<String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The bundled verbs. */
    static ContinuationVerbs bundled() {
        return BUNDLED;
    }

    /** Whether a verb of going on stands right before or right after the referent {@code r}. */
    boolean around(SpeakerDocument d, Referent r) {
        Set<String> verbs = byLanguage.get(d.lang);
        if (verbs == null) {
            return false;
        }
        int k = d.tokenAt(r.span().start());
        int after = d.tokenAt(r.span().end());
        return k > 0 && verb(d, verbs, k - 1) || after < d.tokens.size() && verb(d, verbs, after);
    }

    private static boolean verb(SpeakerDocument d, Set<String> verbs, int k) {
        Token t = d.tokens.get(k);
        return Tokens.isWord(t) && verbs.contains(d.lowered[k]);
    }
}
