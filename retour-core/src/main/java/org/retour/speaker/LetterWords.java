package org.retour.speaker;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The words of letters and of reading them out, read from {@code org/retour/speaker/letters.txt}: vocatives of a
 * parent ("Maman", "Mum"), verbs of reading and writing, nouns of a child or sibling, and the small words that
 * tell a letter read out from a reader's own document.
 *
 * <p>Immutable and thread-safe.
 */
final class LetterWords {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/letters.txt";

    /** What a word of the resource says. */
    enum Kind { VOCATIVE, READ, CHILD, WRITE, DOCUMENT, AGENT, OWN, MINE, SELF, INDEFINITE, DET, TELL, TO, ME, GREET, ANYONE }

    private static final Kind[] KINDS = Kind.values();

    private final Map<String, Map<String, Kind>> byLanguage;
    /** The filter of the words of every language. */
    private final WordFilter filter;

    LetterWords(List<String> lines) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "letters", true);
        Set<String> all = new HashSet<>();
        byLanguage.values().forEach(w -> all.addAll(w.keySet()));
        this.filter = new WordFilter(all);
    }

    /** The bundled words, read once. */
    static LetterWords bundled() {
        return Bundled.WORDS;
    }

    /** Holds the bundled words, read on first use. */
    private static final class Bundled {
        static final LetterWords WORDS = new LetterWords(ResourceLines.classpath(RESOURCE));
    }

    /**
     * What word token {@code k} of {@code d} is, or null: {@code kind(d.lower(k), d.lang)}, looked up once
     * per token and document, since the windows of neighbouring quotes overlap.
     */
    Kind kindAt(SpeakerDocument d, int k) {
        byte[] kinds = d.letterKinds;
        if (kinds == null) {
            kinds = new byte[d.tokens.size()];
            d.letterKinds = kinds;
        }
        int code = kinds[k];
        if (code == 0) {
            code = kinds[k] = KindCodes.encode(kind(d.lower(k), d.lang), KINDS);
        }
        return KindCodes.decode(code, KINDS);
    }

    /** What a lower-cased word of {@code lang} is, or null. */
    Kind kind(String lowered, String lang) {
        if (lowered == null || !filter.mayHave(lowered)) {
            return null;
        }
        Map<String, Kind> m = byLanguage.get(lang);
        return m == null ? null : m.get(lowered);
    }

    /** Whether a role's words make a person someone's child or sibling ("son fils cadet"). */
    boolean childWords(SpeakerDocument d, String role) {
        if (role == null) {
            return false;
        }
        for (String w : RoleWords.of(role.toLowerCase(Locale.ROOT))) {
            if (kind(w, d.lang) == Kind.CHILD) {
                return true;
            }
        }
        return false;
    }
}
