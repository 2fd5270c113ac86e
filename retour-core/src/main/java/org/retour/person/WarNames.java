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
    /** The phrases of a name someone went by, which someone described in between turns away: {@code taken-names.txt}. */
    static final String TAKEN = "org/retour/person/taken-names.txt";
    /** The most characters of quote marks, commas and spaces between the phrase and the name. */
    private static final int GAP = 6;
    /** How many words (a participle, an adverb) may stand between the anchor of a taken name and its phrase. */
    private static final int LEAD_WORDS = 3;
    /** How many characters before the gap a phrase is read in. */
    private static final int WINDOW = 20;
    private static final WarNames BUNDLED = new WarNames(ResourceLines.classpath(RESOURCE), ResourceLines.classpath(TAKEN));

    /**
     * Per language, the phrases of a war name, in the order their set gives them. Design decision: arrays, not the
     * sets, as every run of words that may name someone is tried against them; see {@link #phraseAt}.
     */
    private final Map<String, String[]> phrases;
    private final Map<String, String[]> taken;

    WarNames(List<String> lines, List<String> takenLines) {
        this.phrases = org.retour.resource.LanguageMap.of(arrays(ResourceLines.byLanguage(lines, true)));
        this.taken = org.retour.resource.LanguageMap.of(arrays(ResourceLines.byLanguage(takenLines, true)));
    }

    /** Each language's phrases as an array, in the order of its set. */
    private static Map<String, String[]> arrays(Map<String, Set<String>> byLanguage) {
        Map<String, String[]> out = new java.util.HashMap<>();
        byLanguage.forEach((lang, words) -> out.put(lang, words.toArray(String[]::new)));
        return Map.copyOf(out);
    }

    /** The bundled phrases. */
    static WarNames bundled() {
        return BUNDLED;
    }

    /**
     * The person named last before {@code from} in its paragraph, when a phrase of a war name ends right before
     * {@code from} (past quote marks, a comma or a colon and an elided « d' »); or when a phrase of a name someone went
     * by does and a few words (« Connu là-bas », « devenu ») set it right after that person's name and a comma or at
     * the head of its sentence (« Karim, devenu sous le nom d'Abou Moussab », « Connu là-bas sous le nom d'« X », il »),
     * not after someone or something else (« un recruteur, connu sous le nom d'« X » », « le dispositif, connu sous
     * le nom de « Gardes-Fous » »); else null. {@code name} is the token the name starts at in {@code wd}.
     */
    Found host(String text, int from, String lang, List<Found> order, NameWords wd, int name) {
        int end = phraseEnd(text, from);
        if (end < 0 || order.isEmpty()) {
            return null;
        }
        if (phraseAt(text, end, phrases.get(lang)) >= 0) {
            Named host = latest(text, order, from);
            return host == null ? null : host.person();
        }
        int at = phraseAt(text, end, taken.get(lang));
        Named host = at < 0 ? null : latest(text, order, from);
        return host != null && anchored(wd, host.end(), at, name) ? host.person() : null;
    }

    /**
     * Where one of {@code words} that ends at {@code end} after a non-letter starts, or -1. Design decision: a
     * phrase whose last character is not the text's, lower-cased once, is passed over before it is compared from
     * its start, as the text before most runs ends with none of them.
     */
    private static int phraseAt(String text, int end, String[] words) {
        if (words == null) {
            return -1;
        }
        int window = Math.max(0, end - WINDOW);
        char last = end > 0 ? Character.toLowerCase(text.charAt(end - 1)) : 0;
        for (String p : words) {
            int at = end - p.length();
            if (at >= window && (p.isEmpty() || p.charAt(p.length() - 1) == last) && NamingPhrases.loweredAt(text, at, p)
                    && (at == 0 || !Character.isLetter(Character.toLowerCase(text.charAt(at - 1))))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether at most {@link #LEAD_WORDS} words stand before the phrase starting at offset {@code at}, after the head of
     * its sentence or after a comma that follows the name ending at {@code hostEnd}; {@code name} is the token of the
     * name after the phrase.
     */
    private static boolean anchored(NameWords wd, int hostEnd, int at, int name) {
        int k = name - 1;
        while (k >= 0 && wd.entries.start(k) >= at) {
            k--;
        }
        for (int words = 0; k >= 0 && wd.entries.isWord(k) && words < LEAD_WORDS; words++) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        String before = wd.surface(k);
        if (before.equals(".") || before.equals("!") || before.equals("?")) {
            return true; // « Connu là-bas sous le nom d'« X », il a quitté … »
        }
        return before.equals(",") && k > 0 && wd.entries.end(k - 1) == hostEnd; // « Karim, devenu sous le nom d'… »
    }

    /** Where the words before the name at {@code from} end, past quote marks, a comma, a colon and « d' »; or -1. */
    private static int phraseEnd(String text, int from) {
        int i = from;
        while (i > 0 && from - i < GAP && skipped(text.charAt(i - 1)) && !elided(text, i)) {
            i--;
        }
        if (i > 0 && elided(text, i)) {
            i -= 2; // « sous le nom de guerre d'« Abou Moussab » »
            while (i > 0 && Character.isSpaceChar(text.charAt(i - 1))) {
                i--;
            }
        }
        return i < from ? i : -1;
    }

    /** Whether the character before {@code i} is the apostrophe of an elided « d' », not a quote mark. */
    private static boolean elided(String text, int i) {
        char c = text.charAt(i - 1);
        return (c == '\'' || c == '’') && i >= 2 && Character.toLowerCase(text.charAt(i - 2)) == 'd'
                && (i == 2 || text.charAt(i - 3) == ' ');
    }

    /** Whether {@code c} may stand between the phrase and the name: a space, a quote mark, a comma or a colon. */
    private static boolean skipped(char c) {
        return Character.isSpaceChar(c) || "“\"«‘'„,:".indexOf(c) >= 0;
    }

    /** A person and where their name ends. */
    private record Named(Found person, int end) {
    }

    /**
     * The person named last before {@code from} in its paragraph, with where that name ends, or null: a name, not a
     * transcript's label ("LYLE: The SDF commander here, who goes by the nom de guerre Heval Baran": the commander's,
     * not the reporter's).
     */
    private static Named latest(String text, List<Found> order, int from) {
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
        return best != null && (paragraphEnd < 0 || paragraphEnd >= from) ? new Named(best, bestEnd) : null;
    }
}
