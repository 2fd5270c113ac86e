package org.retour.segment;

import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * Elided words split off before an apostrophe ("l'", "qu'", "d'"), per language, from
 * {@code org/retour/segment/elisions.txt}. Immutable and thread-safe.
 */
public final class Elisions {

    private final Map<String, Set<String>> byLanguage;
    private final int maxLength;

    private Elisions(Map<String, Set<String>> byLanguage) {
        this.byLanguage = byLanguage;
        this.maxLength = byLanguage.values().stream().flatMap(Set::stream).mapToInt(String::length).max().orElse(0);
    }

    /**
     * The length of the longest elided word: a longer word is none, as lower-casing never shortens a
     * word, so the tokenizer need not build it.
     */
    public int maxLength() {
        return maxLength;
    }

    /** The bundled list. */
    public static Elisions bundled() {
        return new Elisions(ResourceLines.byLanguage(ResourceLines.classpath("org/retour/segment/elisions.txt"), true));
    }

    /** Whether the lower-cased {@code word} is elided in {@code language}. */
    public boolean isElided(String word, String language) {
        Set<String> set = byLanguage.get(language);
        return set != null && set.contains(word);
    }
}
