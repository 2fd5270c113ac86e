package org.retour.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.resource.ResourceLines;

/**
 * The verbs that state a person's age right after their name (« Karim Dali a 28 ans », "Jane Doe is 31
 * years old", "Anna Weber ist 40 Jahre alt"), from {@code org/retour/person/stated-ages.txt}: an age given
 * as the sentence's predicate is evidence of a person's name as an age in apposition is.
 *
 * <p>Immutable and thread-safe.
 */
final class StatedAges {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/stated-ages.txt";
    private static final StatedAges BUNDLED = new StatedAges(ResourceLines.classpath(RESOURCE));

    /** Per language, each verb with the words of years that may follow its number. */
    private final Map<String, Map<String, Set<String>>> units;

    /** Verbs from lines {@code "lang verb unit"}. */
    StatedAges(List<String> lines) {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        ResourceLines.byLanguage(lines, true).forEach((lang, entries) -> {
            Map<String, Set<String>> byVerb = new HashMap<>();
            for (String entry : entries) {
                String[] words = entry.split("\\s+");
                if (words.length == 2) {
                    byVerb.computeIfAbsent(words[0], k -> new HashSet<>()).add(words[1]);
                }
            }
            byVerb.replaceAll((k, v) -> Set.copyOf(v));
            out.put(lang, Map.copyOf(byVerb));
        });
        this.units = org.retour.resource.LanguageMap.of(Map.copyOf(out));
    }

    /** The bundled verbs. */
    static StatedAges bundled() {
        return BUNDLED;
    }

    /**
     * Whether the tokens from {@code j} (right after a run of capitalised words) state an age: a verb of
     * {@code lang}, a number of one or two digits and its word of years, all on one line.
     */
    boolean stateAt(NameWords wd, int j, String lang) {
        Map<String, Set<String>> byVerb = units.get(lang);
        if (byVerb == null || j + 2 >= wd.size() || !wd.adjacent(j) || !wd.adjacent(j + 1)) {
            return false;
        }
        Set<String> years = byVerb.get(wd.lower(j));
        return years != null && age(wd.text, wd.tokens.get(j + 1)) && years.contains(wd.lower(j + 2));
    }

    /** Whether a token is a number of one or two digits. */
    private static boolean age(String text, Token t) {
        int len = t.span().length();
        if (len < 1 || len > 2) {
            return false;
        }
        for (int i = t.span().start(); i < t.span().end(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
