package org.retour.person;

import java.util.List;
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
    /** How many characters before the gap a phrase is read in. */
    private static final int WINDOW = 20;
    private static final WarNames BUNDLED = new WarNames(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> phrases;

    WarNames(List<String> lines) {
        this.phrases = ResourceLines.byLanguage(lines, true);
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
        int window = Math.max(0, end - WINDOW);
        for (String p : words) {
            int at = end - p.length();
            if (at >= window && NamingPhrases.loweredAt(text, at, p)
                    && (at == window || !Character.isLetter(Character.toLowerCase(text.charAt(at - 1))))) {
                return latest(text, order, from);
            }
        }
        return null;
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
