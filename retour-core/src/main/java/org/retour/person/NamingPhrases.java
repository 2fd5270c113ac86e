package org.retour.person;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * Phrases that give the name of a person described just before them ("identified only as", "gave his
 * name as", "prénommé", "genannt", "يدعى"), from {@code org/retour/person/naming-phrases.txt}.
 *
 * <p>Immutable and thread-safe.
 */
public final class NamingPhrases {

    /** The bundled resource. */
    public static final String RESOURCE = "org/retour/person/naming-phrases.txt";
    private static final NamingPhrases BUNDLED = new NamingPhrases(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> byLanguage;

    /** Phrases from lines {@code "lang phrase"}. */
    public NamingPhrases(List<String> lines) {
        this.byLanguage = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled phrases. */
    public static NamingPhrases bundled() {
        return BUNDLED;
    }

    /**
     * Whether the text between a description and a name ends with a naming phrase, punctuation and
     * white space after it aside ("…, who asked to be identified as ").
     */
    public boolean introducesName(String between, String lang) {
        String b = between.toLowerCase(Locale.ROOT);
        int end = b.length();
        while (end > 0 && !Character.isLetter(b.charAt(end - 1))) {
            end--;
        }
        for (String phrase : byLanguage.getOrDefault(lang, Set.of())) {
            int at = end - phrase.length();
            if (at >= 0 && b.startsWith(phrase, at) && (at == 0 || !Character.isLetter(b.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }
}
