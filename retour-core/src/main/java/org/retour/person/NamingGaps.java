package org.retour.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.resource.ResourceLines;

/**
 * Naming phrases with a gap for the agent or the source of the naming ("identified by the ministry as", "named in
 * court documents as"), from {@code org/retour/person/naming-gaps.txt}: a name right after one belongs to the person
 * described just before, as after a naming phrase of {@link NamingPhrases}.
 *
 * <p>Immutable and thread-safe. The text is read in place, back from the name, without a regular expression.
 */
final class NamingGaps {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/naming-gaps.txt";
    private static final NamingGaps BUNDLED = new NamingGaps(ResourceLines.classpath(RESOURCE));
    /** The most words in a gap. */
    static final int MAX_GAP_WORDS = 4;

    /** One phrase: the words before its gap and the words after it, lower case, each ending without a space. */
    private record Gapped(String head, String tail) {
    }

    private final Map<String, List<Gapped>> byLanguage;

    /** Phrases from lines {@code "lang head … tail"}. */
    NamingGaps(List<String> lines) {
        Map<String, List<Gapped>> out = new HashMap<>();
        ResourceLines.byLanguage(lines, true).forEach((lang, phrases) -> {
            List<Gapped> list = new ArrayList<>();
            for (String p : phrases) {
                int gap = p.indexOf(" \u2026 ");
                if (gap > 0) {
                    list.add(new Gapped(p.substring(0, gap).strip(), p.substring(gap + 3).strip()));
                }
            }
            out.put(lang, List.copyOf(list));
        });
        this.byLanguage = org.retour.resource.LanguageMap.of(Map.copyOf(out));
    }

    /** The bundled phrases. */
    static NamingGaps bundled() {
        return BUNDLED;
    }

    /**
     * Whether {@code text[from, to)}, between a description and a name, ends with a gapped naming phrase, spaces
     * before the name aside ("…, identified by the ministry as "): the tail right before the name, at most {@link
     * #MAX_GAP_WORDS} words before it, and the head right before them, all on one line.
     */
    boolean introducesName(String text, int from, int to, String lang) {
        List<Gapped> phrases = byLanguage.get(lang);
        if (phrases == null || phrases.isEmpty()) {
            return false;
        }
        int end = to;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        for (int p = 0; p < phrases.size(); p++) {
            Gapped g = phrases.get(p);
            int tailAt = end - g.tail().length();
            if (tailAt <= from || !at(text, tailAt, g.tail()) || text.charAt(tailAt - 1) != ' ') {
                continue;
            }
            int k = tailAt - 1; // the space before the tail
            for (int words = 0; words <= MAX_GAP_WORDS && k > from; words++) {
                int headAt = k - g.head().length();
                if (words > 0 && headAt >= from && at(text, headAt, g.head())
                        && (headAt == from || !Character.isLetter(text.charAt(headAt - 1)))) {
                    return true;
                }
                int w = k; // step back over one word and the space before it
                while (w > from && text.charAt(w - 1) != ' ' && text.charAt(w - 1) != '\n') {
                    w--;
                }
                if (w == k || w <= from || text.charAt(w - 1) != ' ') {
                    break; // the line or the text between ends: this phrase is not there
                }
                k = w - 1;
            }
        }
        return false;
    }

    /** Whether the lower case of {@code text} at {@code at} starts with {@code phrase}. */
    private static boolean at(String text, int at, String phrase) {
        return at >= 0 && at + phrase.length() <= text.length() && NamingPhrases.loweredAt(text, at, phrase);
    }
}
