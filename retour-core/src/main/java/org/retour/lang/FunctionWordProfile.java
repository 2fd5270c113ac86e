package org.retour.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    private final Map<String, List<String>> languagesOf;

    private FunctionWordProfile(Map<String, List<String>> languagesOf) {
        this.languagesOf = languagesOf;
    }

    /** The bundled lists ({@code org/retour/lang/function-words.txt}). */
    public static FunctionWordProfile bundled() {
        Map<String, Set<String>> byLang = ResourceLines.byLanguage(
                ResourceLines.classpath("org/retour/lang/function-words.txt"), true);
        Map<String, List<String>> inverted = new HashMap<>();
        byLang.forEach((lang, words) -> words.forEach(
                w -> inverted.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(lang)));
        inverted.replaceAll((k, v) -> List.copyOf(v));
        return new FunctionWordProfile(Map.copyOf(inverted));
    }

    /**
     * The language whose function words are most frequent in {@code text[start,end)} when it leads
     * clearly (at least {@code minHits} hits and twice the runner-up), otherwise null.
     */
    public String dominant(String text, int start, int end, int minHits) {
        return dominant(text, start, end, minHits, 2);
    }

    /**
     * The language whose function words are most frequent in {@code text[start,end)} when it has at
     * least {@code minHits} hits and {@code ratio} times the runner-up's, otherwise null.
     */
    public String dominant(String text, int start, int end, int minHits, int ratio) {
        Map<String, Integer> counts = new HashMap<>();
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > s && i - s <= 6) {
                List<String> langs = languagesOf.get(text.substring(s, i).toLowerCase(Locale.ROOT));
                if (langs != null) {
                    for (String l : langs) {
                        counts.merge(l, 1, Integer::sum);
                    }
                }
            }
        }
        String best = null;
        int bestN = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestN) {
                second = bestN;
                bestN = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestN >= minHits && bestN >= ratio * second ? best : null;
    }
}
