package org.retour.person;

import java.util.HashSet;
import java.util.List;
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
    private static final Set<String> WORDS = english(ResourceLines.classpath(RESOURCE));

    private NewcomerOrdinals() {
    }

    /** The words of the English line {@code "en word…"}. */
    static Set<String> english(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length > 1 && "en".equals(parts[0])) {
                out.addAll(List.of(parts).subList(1, parts.length));
            }
        }
        return Set.copyOf(out);
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
