package org.retour.person;

import java.util.Locale;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The English ordinals that make a definite description someone not met before ("the third man", "the other
 * woman"), read from the English line of the speaker stage's {@code org/retour/speaker/ordinals.txt}: such a
 * description, named in apposition ("The third man, Mehmet"), names no earlier description of its noun ("a man at a
 * mosque").
 *
 * <p>Immutable and thread-safe.
 */
final class NewcomerOrdinals {

    /** The resource, shared with the speaker stage's ordinal descriptions. */
    static final String RESOURCE = "org/retour/speaker/ordinals.txt";
    private static final java.util.Map<String, Set<String>> BY_LANGUAGE =
            ResourceLines.wordsByLanguage(ResourceLines.classpath(RESOURCE));
    private static final Set<String> WORDS = BY_LANGUAGE.getOrDefault("en", Set.of());

    private NewcomerOrdinals() {
    }

    /** Whether the lower-cased word is an ordinal of the language ("quatrième", "third"), of any of the file's lines. */
    static boolean ordinal(String lowerWord, String lang) {
        return BY_LANGUAGE.getOrDefault(lang, Set.of()).contains(lowerWord);
    }

    /** Whether a word of the description's text is an English ordinal ("The third man"). */
    static boolean opens(PersonDescription d) {
        for (String w : d.text().toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
