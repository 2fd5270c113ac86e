package org.retour.resource;

import java.util.Map;
import java.util.Set;

/**
 * Words of a data file in lines {@code "lang kind word…"}, asked by kind, word and language.
 *
 * <p>Immutable and thread-safe.
 *
 * @param byKind for each kind, its lower-cased words by language
 */
public record KindWords(Map<String, Map<String, Set<String>>> byKind) {

    /** Copies the map. */
    public KindWords {
        byKind = Map.copyOf(byKind);
    }

    /**
     * The words of lines {@code "lang kind word…"} with a kind among {@code kinds}.
     *
     * @param what the name of the lines' file in the message that refuses a line
     * @throws IllegalArgumentException for a line without a word or with a kind not among {@code kinds}
     */
    public static KindWords read(Iterable<String> lines, Set<String> kinds, String what) {
        return new KindWords(ResourceLines.wordsByKind(lines, kinds, what));
    }

    /** Whether the lower-cased {@code word} is of {@code kind} in {@code lang}; false for a null word. */
    public boolean is(String kind, String word, String lang) {
        Set<String> of = byKind.getOrDefault(kind, Map.of()).get(lang);
        return of != null && word != null && of.contains(word);
    }

    /** Whether {@code lang} has words of {@code kind}. */
    public boolean has(String kind, String lang) {
        return byKind.getOrDefault(kind, Map.of()).containsKey(lang);
    }
}
