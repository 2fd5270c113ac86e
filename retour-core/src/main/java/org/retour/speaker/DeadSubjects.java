package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.skipSpaces;
import static org.retour.speaker.QuoteOffsets.wordEnds;

import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * Persons whose sentence tells, right after them, that they have died ("One of them is now dead. He says …",
 * « L'un d'eux a été tué »): dead, they speak none of the words a pronoun introduces after. Predicates come from
 * {@code org/retour/speaker/deaths.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class DeadSubjects {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/deaths.txt";
    private static final Map<String, Set<String>> PREDICATES =
            ResourceLines.byLanguage(ResourceLines.classpath(RESOURCE), true);

    private DeadSubjects() {
    }

    /** Whether a predicate of death follows {@code r} right after it, spaces aside. */
    static boolean dead(SpeakerDocument d, Referent r) {
        Set<String> predicates = PREDICATES.get(d.lang);
        if (predicates == null) {
            return false;
        }
        int after = skipSpaces(d.text, r.span().end());
        LowerText lower = d.lowerText();
        for (String p : predicates) {
            if (lower.startsWith(p, after) && wordEnds(d.text, after + p.length())) {
                return true;
            }
        }
        return false;
    }
}
