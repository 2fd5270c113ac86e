package org.retour.speaker;

import java.util.List;
import java.util.Map;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.resource.ResourceLines;

/**
 * Verbs only the holder of an office does right after their name: the prosecution asks the court for a sentence
 * (« Jérôme Vallat a requis quatorze ans contre Nordine S. »), read from
 * {@code org/retour/speaker/office-verbs.txt}. A speaker with no role who does so is an official.
 *
 * <p>Reads at most two word tokens after each of a person's names. Immutable and thread-safe.
 */
final class OfficeVerbs {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/office-verbs.txt";

    /** What a word of the resource is. */
    enum Kind { AUX, VERB }

    /** Per language, each word and its kind. */
    private final Map<String, Map<String, Kind>> byLanguage;

    /** The verbs and auxiliaries of lines {@code "lang kind word…"}. */
    OfficeVerbs(List<String> lines) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "office verb", false);
    }

    /** The bundled verbs. */
    static OfficeVerbs bundled() {
        return new OfficeVerbs(ResourceLines.classpath(RESOURCE));
    }

    /**
     * Whether a verb of an office follows one of the person's names, right after it or after an auxiliary,
     * over the lower-cased word tokens {@code lowered} (null elsewhere) of {@code view}.
     */
    boolean after(Entity person, org.retour.entity.TokenView view, String[] lowered, String lang) {
        Map<String, Kind> words = byLanguage.get(lang);
        if (words == null) {
            return false;
        }
        for (Mention m : person.mentions()) {
            if (m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            int t = view.indexAt(m.span().end());
            if (t < 0 || t >= lowered.length || lowered[t] == null) {
                continue;
            }
            if (words.get(lowered[t]) == Kind.AUX && t + 1 < lowered.length) {
                t++;
            }
            if (lowered[t] != null && words.get(lowered[t]) == Kind.VERB) {
                return true;
            }
        }
        return false;
    }
}
