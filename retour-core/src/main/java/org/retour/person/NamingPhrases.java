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
        return introducesLowered(between.toLowerCase(Locale.ROOT), lang);
    }

    /**
     * As {@link #introducesName(String, String)} for {@code text[from, to)}, without copying it.
     *
     * <p>Design decision: a description is tried against every name after it in its reach, so the text
     * between them is read where it stands; lower-casing keeps offsets in place except for the dotted
     * capital I (U+0130), whose text is copied and lower-cased as before, and the phrases hold no Greek
     * sigma (whose lower case depends on its neighbours) nor surrogates.
     */
    public boolean introducesName(String text, int from, int to, String lang) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\u0130') {
                return introducesName(text.substring(from, to), lang);
            }
        }
        int end = to;
        while (end > from && !Character.isLetter(Character.toLowerCase(text.charAt(end - 1)))) {
            end--;
        }
        for (String phrase : byLanguage.getOrDefault(lang, Set.of())) {
            int at = end - phrase.length();
            if (at >= from && loweredAt(text, at, phrase)
                    && (at == from || !Character.isLetter(Character.toLowerCase(text.charAt(at - 1))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean loweredAt(String text, int at, String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != phrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean introducesLowered(String b, String lang) {
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
