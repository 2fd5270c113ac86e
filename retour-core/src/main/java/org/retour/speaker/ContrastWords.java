package org.retour.speaker;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * Words that tell one of several unnamed persons apart by rank, age or order ("the elder of the two" … "the younger
 * said", « l'aîné » … « le cadet »), read from {@code contrast-words.txt}: a description holding one of them stands for
 * another person than an earlier description that does not hold the same word. Immutable and thread-safe.
 *
 * <p>Design decision: each description speaking after an unnamed one is checked, so its words (its runs of letters,
 * as a split at {@code [^\p{L}]+} gives them) are read in place rather than split by a pattern, and the earlier
 * description is read only when the later one holds a contrast word.
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
        String lower = later.toLowerCase(Locale.ROOT);
        String before = null; // lower-cased only once a word of later is a contrast word, which is rare
        for (int start = nextLetter(lower, 0); start < lower.length(); ) {
            int end = wordEnd(lower, start);
            String w = lower.substring(start, end);
            if (of.contains(w)) {
                before = before != null ? before : earlier.toLowerCase(Locale.ROOT);
                if (!holdsWord(before, w)) {
                    return true;
                }
            }
            start = nextLetter(lower, end);
        }
        return false;
    }

    /** Whether {@code w} is one of the runs of letters of {@code text}. */
    private static boolean holdsWord(String text, String w) {
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            if ((at == 0 || !letterBefore(text, at)) && wordEnd(text, at) == at + w.length()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first letter at or after {@code from}, or the length of {@code text}. */
    private static int nextLetter(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetter(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** The end of the run of letters that starts at {@code start}. */
    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && Character.isLetter(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** Whether a letter ends right before {@code at}. */
    private static boolean letterBefore(String text, int at) {
        return Character.isLetter(text.codePointBefore(at));
    }
}
