package org.retour.speaker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * Words that describe a person as old ("vieil", "old", "alte"), read from
 * {@code org/retour/speaker/ages.txt}: a description made of them, like one with an age in figures, says
 * nothing of who the person is.
 *
 * <p>Immutable and thread-safe.
 */
final class AgeWords {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/ages.txt";

    private static final AgeWords BUNDLED = new AgeWords(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> byLanguage;

    AgeWords(Iterable<String> lines) {
        Map<String, Set<String>> m = new HashMap<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            if (p.length < 2) {
                throw new IllegalArgumentException("ages line needs 'lang word…': " + line);
            }
            Set<String> words = m.computeIfAbsent(p[0], k -> new HashSet<>());
            for (int i = 1; i < p.length; i++) {
                words.add(p[i].toLowerCase(Locale.ROOT));
            }
        }
        this.byLanguage = m;
    }

    /** The bundled words. */
    static AgeWords bundled() {
        return BUNDLED;
    }

    /** Whether a role gives an age: a figure ("the 27-year-old", "der 28-Jährige") or a listed word of {@code lang}. */
    boolean aged(String role, String lang) {
        if (role == null) {
            return false;
        }
        if (role.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        Set<String> words = byLanguage.get(lang);
        if (words == null) {
            return false;
        }
        for (String w : role.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
