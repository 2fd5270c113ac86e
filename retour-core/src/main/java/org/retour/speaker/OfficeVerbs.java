package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final Map<String, Set<String>> auxiliaries;
    private final Map<String, Set<String>> verbs;

    /** The verbs and auxiliaries of lines {@code "lang kind word…"}. */
    OfficeVerbs(List<String> lines) {
        Map<String, Set<String>> aux = new java.util.HashMap<>();
        Map<String, Set<String>> verb = new java.util.HashMap<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            if (p.length < 3) {
                throw new IllegalArgumentException("office verb line needs 'lang kind word…': " + line);
            }
            Map<String, Set<String>> into = switch (p[1]) {
                case "aux" -> aux;
                case "verb" -> verb;
                default -> throw new IllegalArgumentException("unknown office verb kind: " + line);
            };
            for (int i = 2; i < p.length; i++) {
                into.computeIfAbsent(p[0], k -> new java.util.HashSet<>()).add(p[i]);
            }
        }
        this.auxiliaries = Map.copyOf(aux);
        this.verbs = Map.copyOf(verb);
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
        Set<String> verb = verbs.get(lang);
        if (verb == null) {
            return false;
        }
        Set<String> aux = auxiliaries.getOrDefault(lang, Set.of());
        for (Mention m : person.mentions()) {
            if (m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            int t = view.indexAt(m.span().end());
            if (t < 0 || t >= lowered.length || lowered[t] == null) {
                continue;
            }
            if (aux.contains(lowered[t]) && t + 1 < lowered.length) {
                t++;
            }
            if (lowered[t] != null && verb.contains(lowered[t])) {
                return true;
            }
        }
        return false;
    }
}
