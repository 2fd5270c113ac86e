package org.retour.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.retour.resource.ResourceLines;

/**
 * Words that tell one of several unnamed persons apart by rank, age or order ("the elder of the two" … "the younger
 * said", « l'aîné » … « le cadet »), read from {@code contrast-words.txt}: a description holding one of them stands for
 * another person than an earlier description that does not hold the same word. Immutable and thread-safe.
 *
 * <p>Design decision: the pattern that splits descriptions into words is compiled once (a class of letters is no
 * pattern {@link String#split} splits without compiling it), and the earlier description is split only when the
 * later one holds a contrast word: each description speaking after an unnamed one is checked.
 */
final class ContrastWords {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/contrast-words.txt";

    private static final ContrastWords BUNDLED = new ContrastWords(
            ResourceLines.wordsByLanguage(ResourceLines.classpath(RESOURCE)));

    /** What splits a description into its words: any run of characters that are not letters. */
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

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
        List<String> before = null; // split only once a word of later is a contrast word, which is rare
        for (String w : NON_LETTERS.split(later.toLowerCase(Locale.ROOT))) {
            if (of.contains(w)) {
                before = before != null ? before : List.of(NON_LETTERS.split(earlier.toLowerCase(Locale.ROOT)));
                if (!before.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
