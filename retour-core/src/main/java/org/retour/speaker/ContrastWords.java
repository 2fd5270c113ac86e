package org.retour.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * Words that tell one of several unnamed persons apart by rank, age or order ("the elder of the two" … "the younger
 * said", « l'aîné » … « le cadet »), read from {@code contrast-words.txt}: a description holding one of them stands for
 * another person than an earlier description that does not hold the same word. Immutable and thread-safe.
 */
final class ContrastWords {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/contrast-words.txt";

    private static final ContrastWords BUNDLED = new ContrastWords(
            ResourceLines.wordsByLanguage(ResourceLines.classpath(RESOURCE)));

    private final Map<String, Set<String>> words;

    ContrastWords(Map<String, Set<String>> words) {
        this.words = Map.copyOf(words);
    }

    /** The bundled words. */
    static ContrastWords bundled() {
        return BUNDLED;
    }

    /**
     * Whether the description {@code later} holds a contrast word that {@code earlier} does not hold ("the younger"
     * after "The elder of the two"): the two stand for different persons.
     */
    boolean setApart(String later, String earlier, String lang) {
        Set<String> of = words.get(lang);
        if (of == null || later == null || earlier == null) {
            return false;
        }
        List<String> before = List.of(earlier.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        for (String w : later.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (of.contains(w) && !before.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
