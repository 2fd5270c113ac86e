package org.retour.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * Abbreviations after which a period does not end a sentence, per language, from
 * {@code org/retour/segment/abbreviations*.txt}. Immutable and thread-safe.
 */
public final class Abbreviations {

    private static final String DIR = "org/retour/segment/";
    private static final List<String> LANGUAGES = List.of("fr", "en", "de", "ar", "es", "it", "nl", "tr", "ru");

    private final Set<String> common;
    private final Map<String, Set<String>> byLanguage;
    private final Map<String, Set<String>> firstParts;
    /** The abbreviations of every language that begin with a capital, in one set. */
    private final Set<String> capitalisedAnywhere;
    /** The last words of the multi-word abbreviations of every language ("B." of "z. B."). */
    private final Set<String> lastParts;
    /** The length of the longest abbreviation of any language. */
    private final int maxLength;

    private Abbreviations(Set<String> common, Map<String, Set<String>> byLanguage) {
        this.common = Set.copyOf(common);
        this.byLanguage = Map.copyOf(byLanguage);
        Map<String, Set<String>> parts = new HashMap<>();
        byLanguage.forEach((lang, words) -> words.stream().filter(w -> w.indexOf(' ') > 0)
                .forEach(w -> parts.computeIfAbsent(lang, k -> new HashSet<>()).add(w.substring(0, w.indexOf(' ')))));
        parts.replaceAll((k, v) -> Set.copyOf(v));
        this.firstParts = Map.copyOf(parts);
        Set<String> capitalised = new HashSet<>();
        byLanguage.values().forEach(words -> words.stream()
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).forEach(capitalised::add));
        this.capitalisedAnywhere = Set.copyOf(capitalised);
        Set<String> last = new HashSet<>();
        int longest = 0;
        List<Set<String>> all = new ArrayList<>(byLanguage.values());
        all.add(common);
        for (Set<String> words : all) {
            for (String w : words) {
                longest = Math.max(longest, w.length());
                if (w.indexOf(' ') >= 0) {
                    last.add(w.substring(w.lastIndexOf(' ') + 1));
                }
            }
        }
        this.lastParts = Set.copyOf(last);
        this.maxLength = longest;
    }

    /**
     * Whether {@code word} ends a multi-word abbreviation of some language; when it does not, no words
     * before it make one with it, whatever the language.
     */
    public boolean mayEndMultiword(String word) {
        return lastParts.contains(word);
    }

    /** The length of the longest abbreviation of any language: a longer word is none, nor begins one. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether {@code word} begins a multi-word abbreviation of {@code language} ("z." of "z. B."). */
    public boolean beginsMultiword(String word, String language) {
        Set<String> set = firstParts.get(language);
        return set != null && set.contains(word);
    }

    /** The bundled lists. */
    public static Abbreviations bundled() {
        Set<String> common = new HashSet<>(ResourceLines.classpath(DIR + "abbreviations.txt"));
        Map<String, Set<String>> by = new HashMap<>();
        for (String lang : LANGUAGES) {
            List<String> lines = ResourceLines.classpath(DIR + "abbreviations-" + lang + ".txt");
            if (!lines.isEmpty()) {
                by.put(lang, Set.copyOf(lines));
            }
        }
        return new Abbreviations(common, by);
    }

    /** Whether {@code word} (with its final period) is an abbreviation in {@code language} or in any language. */
    public boolean contains(String word, String language) {
        if (common.contains(word)) {
            return true;
        }
        Set<String> own = byLanguage.get(language);
        if (own != null && own.contains(word)) {
            return true;
        }
        // Titles and abbreviations of the other languages still hold in quotes and names
        // ("M. Neumann" in an English text), except the lower-case ones, which are too ambiguous.
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && capitalisedAnywhere.contains(word);
    }
}
