package org.retour.person;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * A present participle that opens a clause before a known surname ("Pressing Dirie on redirect, Lindahl asked …"):
 * a capitalised word the lexicon lacks, of at least {@link #MIN_LETTERS} letters, with an ending of
 * {@code org/retour/person/participle-endings.txt}; the run is the surname alone, not a relative of that surname.
 *
 * <p>Immutable and thread-safe.
 */
final class ParticipleOpeners {

    /** The fewest letters of a participle: shorter words with the ending are given names ("Ling", "Ming"). */
    static final int MIN_LETTERS = 6;

    private static final ParticipleOpeners BUNDLED = new ParticipleOpeners(
            ResourceLines.classpath("org/retour/person/participle-endings.txt"));

    private final Map<String, Set<String>> endings;

    private ParticipleOpeners(List<String> lines) {
        this.endings = ResourceLines.byLanguage(lines, true);
    }

    static ParticipleOpeners bundled() {
        return BUNDLED;
    }

    /** Whether {@code word} in {@code lang} has the shape of a present participle. */
    boolean participle(String word, String lang) {
        Set<String> e = endings.get(lang);
        if (e == null || word.length() < MIN_LETTERS) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : e) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
