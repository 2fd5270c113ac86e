package org.retour.speaker;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.retour.resource.ResourceLines;

/**
 * Words of descriptions that say nothing of who a person is but their age or sex, read from
 * {@code org/retour/speaker/ages.txt}: {@code old} words ("vieil", "old", "alte") and {@code plain} ones
 * ("man", « quinquagénaire »).
 *
 * <p>Immutable and thread-safe.
 */
final class AgeWords {

    /** What separates a role's words: white space and hyphens. */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s-]+");

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/ages.txt";

    private static final AgeWords BUNDLED = new AgeWords(ResourceLines.classpath(RESOURCE));

    /**
     * What a word of the resource is: an old one, a plain one, a rank by age (elder, younger), or a decade noun of
     * the twenties to the eighties.
     */
    enum Kind { OLD, PLAIN, ELDER, YOUNGER, TWENTIES, THIRTIES, FORTIES, FIFTIES, SIXTIES, SEVENTIES, EIGHTIES }

    private final Map<String, Map<String, Kind>> byLanguage;

    AgeWords(Iterable<String> lines) {
        Map<String, Map<String, Kind>> m = ResourceLines.kindsByLanguage(lines, Kind.class, "ages", false);
        this.byLanguage = m;
    }

    /** The bundled words. */
    static AgeWords bundled() {
        return BUNDLED;
    }

    /** Whether a role gives an age: a figure ("the 27-year-old", "der 28-Jährige") or an {@code old} word of {@code lang}. */
    boolean aged(String role, String lang) {
        return role != null && (hasDigit(role) || has(role, lang, Kind.OLD));
    }

    /** Whether a character of {@code s} is a digit, as {@code s.chars().anyMatch(Character::isDigit)} without a stream. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** An age in figures right after a description: « de 33 ans », ", 33,". */
    private static final java.util.regex.Pattern AGE_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?:de|d'|d’)\\s*\\d{2}\\s+ans\\b|\\s*,\\s*\\d{2}\\s*,");

    /**
     * Whether an age in figures follows the description ending at {@code end} (« l'infirmière de 33 ans »,
     * "the nurse, 33,"): the description gives an age as "the 33-year-old" does.
     */
    static boolean agedAfter(String text, int end) {
        return AGE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 16)).lookingAt();
    }

    /** Whether a role says nothing of who but an age or a sex: {@link #aged}, a {@code plain} word or a decade noun. */
    boolean plain(String role, String lang) {
        return aged(role, lang) || role != null && (has(role, lang, Kind.PLAIN) || decade(role, lang) > 0);
    }

    /** The first year of the decade a role's decade noun names (30 for « trentenaire »), or 0 when it names none. */
    int decade(String role, String lang) {
        Map<String, Kind> words = role == null ? null : byLanguage.get(lang);
        if (words == null) {
            return 0;
        }
        for (String w : WORD_BREAKS.split(role.toLowerCase(Locale.ROOT))) {
            Kind k = words.get(w);
            if (k != null && k.ordinal() >= Kind.TWENTIES.ordinal()) {
                return 20 + 10 * (k.ordinal() - Kind.TWENTIES.ordinal());
            }
        }
        return 0;
    }

    /**
     * The rank by age a role's word gives: 1 for the elder (« l'aînée », "the elder brother"), -1 for the younger
     * (« le cadet », "the youngest"), 0 when it gives none.
     */
    int rank(String role, String lang) {
        return role == null ? 0 : has(role, lang, Kind.ELDER) ? 1 : has(role, lang, Kind.YOUNGER) ? -1 : 0;
    }

    private boolean has(String role, String lang, Kind kind) {
        Map<String, Kind> words = byLanguage.get(lang);
        if (words == null) {
            return false;
        }
        for (String w : WORD_BREAKS.split(role.toLowerCase(Locale.ROOT))) {
            if (words.get(w) == kind) {
                return true;
            }
        }
        return false;
    }
}
