package org.retour.person;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Mention;
import org.retour.person.FoundPersons.Found;
import org.retour.resource.ResourceLines;

/**
 * The name a person took or was given in the group ("gave him a kunya, “Abu Adam al-Britani”", « connu sous le nom
 * de guerre d'« Abou Moussab al-Faransi » »): another name of the person named last before it, no person of its own
 * whom the pronouns after it would follow. Phrases come from {@code org/retour/person/war-names.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class WarNames {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/war-names.txt";
    /** The most characters of quote marks, commas and spaces between the phrase and the name. */
    private static final int GAP = 6;
    private static final WarNames BUNDLED = new WarNames(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> phrases;
    /**
     * Per language, the last characters of its phrases (none for a language with an empty phrase). Design
     * decision: the phrases are looked for before every name the finder meets, and the character before the name
     * rarely ends one, so that character turns most names away before the words before them are copied and
     * lower-cased.
     */
    private final Map<String, String> lastChars;

    WarNames(List<String> lines) {
        this.phrases = ResourceLines.byLanguage(lines, true);
        Map<String, String> last = new java.util.HashMap<>();
        phrases.forEach((lang, words) -> {
            StringBuilder b = new StringBuilder();
            boolean empty = false;
            for (String p : words) {
                empty |= p.isEmpty();
                if (!p.isEmpty() && b.indexOf(p.substring(p.length() - 1)) < 0) {
                    b.append(p.charAt(p.length() - 1));
                }
            }
            if (!empty) {
                last.put(lang, b.toString()); // an empty phrase ends every text: no character turns a name away
            }
        });
        this.lastChars = Map.copyOf(last);
    }

    /** The bundled phrases. */
    static WarNames bundled() {
        return BUNDLED;
    }

    /**
     * The person named last before {@code from} in its paragraph, when a phrase of a war name ends
     * right before {@code from} (past quote marks, a comma or a colon and an elided « d' »); else null.
     */
    Found host(String text, int from, String lang, List<Found> order) {
        Set<String> words = phrases.get(lang);
        if (words == null || order.isEmpty()) {
            return null;
        }
        int end = phraseEnd(text, from);
        if (end < 0) {
            return null;
        }
        String last = lastChars.get(lang);
        if (last != null && end > 0 && cannotEndPhrase(text.charAt(end - 1), last)) {
            return null;
        }
        String before = text.substring(Math.max(0, end - 20), end).toLowerCase(Locale.ROOT);
        for (String p : words) {
            int at = before.length() - p.length();
            if (before.endsWith(p) && (at == 0 || !Character.isLetter(before.charAt(at - 1)))) {
                return latest(text, order, from);
            }
        }
        return null;
    }

    /**
     * Whether no phrase whose last characters are {@code last} can end with {@code c} once lower-cased: told only of
     * ASCII characters, which lower-case alone and into one character; any other may end one.
     */
    private static boolean cannotEndPhrase(char c, String last) {
        return c < 0x80 && last.indexOf(Character.toLowerCase(c)) < 0;
    }

    /** Where the words before the name at {@code from} end, past quote marks, a comma, a colon and « d' »; or -1. */
    private static int phraseEnd(String text, int from) {
        int i = from;
        while (i > 0 && from - i < GAP && skipped(text.charAt(i - 1))) {
            i--;
        }
        if (i >= 2 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')
                && Character.toLowerCase(text.charAt(i - 2)) == 'd' && (i == 2 || text.charAt(i - 3) == ' ')) {
            i -= 2; // « sous le nom de guerre d'« Abou Moussab » »
            while (i > 0 && Character.isSpaceChar(text.charAt(i - 1))) {
                i--;
            }
        }
        return i < from ? i : -1;
    }

    /** Whether {@code c} may stand between the phrase and the name: a space, a quote mark, a comma or a colon. */
    private static boolean skipped(char c) {
        return Character.isSpaceChar(c) || "“\"«‘'„,:".indexOf(c) >= 0;
    }

    /**
     * The person named last before {@code from} in its paragraph, or null: a name, not a transcript's label ("LYLE:
     * The SDF commander here, who goes by the nom de guerre Heval Baran": the commander's, not the reporter's).
     */
    private static Found latest(String text, List<Found> order, int from) {
        Found best = null;
        int bestEnd = -1;
        for (Found f : order) {
            for (Mention m : f.mentions) {
                if (m.kind() == Mention.Kind.NAME && m.span().end() <= from && m.span().end() > bestEnd) {
                    bestEnd = m.span().end();
                    best = f;
                }
            }
        }
        int paragraphEnd = best == null ? -1 : text.indexOf("\n\n", bestEnd);
        return paragraphEnd < 0 || paragraphEnd >= from ? best : null;
    }
}
