package org.retour.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * Counts a text's frequent function words per language, a cheap first look at its language.
 *
 * <p>Design decision: Lingua costs about 0.1 ms for one sentence, more than the whole analysis of a
 * sentence may take; the function words of a sentence tell in microseconds whether it may be in
 * another language than its document, and only then is Lingua asked. Immutable and thread-safe.
 */
public final class FunctionWordProfile {

    /** The longest function word looked up; longer words are skipped without a look-up. */
    private static final int MAX_LENGTH = 6;

    private final List<String> languages;
    private final WordTable table;

    private FunctionWordProfile(List<String> languages, WordTable table) {
        this.languages = languages;
        this.table = table;
    }

    /** The bundled lists ({@code org/retour/lang/function-words.txt}). */
    public static FunctionWordProfile bundled() {
        Map<String, Set<String>> byLang = ResourceLines.byLanguage(
                ResourceLines.classpath("org/retour/lang/function-words.txt"), true);
        List<String> langs = byLang.keySet().stream().sorted().toList();
        if (langs.size() > 31) {
            throw new IllegalStateException("at most 31 languages of function words, not " + langs.size());
        }
        Map<String, Integer> masks = new HashMap<>();
        for (int i = 0; i < langs.size(); i++) {
            int bit = 1 << i;
            byLang.get(langs.get(i)).forEach(w -> masks.merge(w, bit, (a, b) -> a | b));
        }
        return new FunctionWordProfile(langs, new WordTable(masks));
    }

    /**
     * The language whose function words are most frequent in {@code text[start,end)} when it leads
     * clearly (at least {@code minHits} hits and twice the runner-up), otherwise null.
     */
    public String dominant(String text, int start, int end, int minHits) {
        return dominant(text, start, end, minHits, 2);
    }

    /** Whether {@code c} is a letter. */
    private static boolean isLetter(char c) {
        return Letters.isLetter(c);
    }

    /** Whether {@code c} belongs to a word: a letter or a non-spacing mark (Arabic vowel signs). */
    private static boolean isWordPart(char c) {
        return Letters.isLetterOrMark(c);
    }

    /**
     * The language whose function words are most frequent in {@code text[start,end)} when it has at
     * least {@code minHits} hits and {@code ratio} times the runner-up's, otherwise null.
     */
    public String dominant(String text, int start, int end, int minHits, int ratio) {
        int[] counts = new int[languages.size()];
        int i = start;
        while (i < end) {
            while (i < end && !isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && isWordPart(text.charAt(i))) {
                i++;
            }
            if (i > s && i - s <= MAX_LENGTH) {
                int mask = table.get(text, s, i);
                while (mask != 0) {
                    counts[Integer.numberOfTrailingZeros(mask)]++;
                    mask &= mask - 1;
                }
            }
        }
        int best = -1;
        int bestN = 0;
        int second = 0;
        for (int l = 0; l < counts.length; l++) {
            if (counts[l] > bestN) {
                second = bestN;
                bestN = counts[l];
                best = l;
            } else if (counts[l] > second) {
                second = counts[l];
            }
        }
        return best >= 0 && bestN >= minHits && bestN >= ratio * second ? languages.get(best) : null;
    }
}
