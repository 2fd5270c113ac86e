package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.resource.ResourceLines;

/**
 * Subordinate clauses that open a sentence ahead of its main clause ("After a drone strike killed a local commander,
 * Bouzidi was held …", « Quand les combattants ont tué le commandant, Karim a fui », „Nachdem sein Kommandeur
 * gefallen war, floh Jonas“): a role at their end, before the comma that closes them, belongs to someone in the
 * clause, not to the person named after the comma. The conjunctions come from {@code subordinators.txt}.
 *
 * <p>Looks back over one clause only. Immutable and thread-safe.
 */
final class SubordinateClauses {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/subordinators.txt";
    /** The most words a clause is looked back over. */
    static final int MAX_WORDS = 24;

    private static final SubordinateClauses BUNDLED = new SubordinateClauses(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> byLanguage;

    SubordinateClauses(List<String> lines) {
        this.byLanguage = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled conjunctions. */
    static SubordinateClauses bundled() {
        return BUNDLED;
    }

    /** Whether a lower-cased word is one of the language's conjunctions ("when", « lorsque »). */
    boolean conjunction(String lowered, String lang) {
        Set<String> words = byLanguage.get(lang);
        return words != null && words.contains(lowered);
    }

    /**
     * Whether the words before token {@code k} back to the start of their clause (the sentence's start or a comma)
     * open with a subordinating conjunction, the sentence's first clause or the one after an opening phrase ("In the
     * spring, after …"), with no other punctuation on the way.
     */
    boolean opensSubordinate(String text, List<Token> tokens, int k, String lang) {
        Set<String> words = byLanguage.get(lang);
        if (words == null) {
            return false;
        }
        int first = k;
        while (first > 0 && k - first < MAX_WORDS && Tokens.isWord(tokens.get(first - 1))
                && !lineBreakBefore(text, tokens, first)) {
            first--;
        }
        if (first >= k || !lineBreakBefore(text, tokens, first) && !Tokens.is(text, tokens.get(first - 1), ",")
                && !Tokens.is(text, tokens.get(first - 1), ".")) {
            return false;
        }
        String w = Tokens.lower(text, tokens.get(first));
        if (words.contains(w)) {
            return true;
        }
        return first + 1 < k && words.contains(w + " " + Tokens.lower(text, tokens.get(first + 1))); // « après qu' »
    }

    /** Whether a line break stands between token {@code j} and the one before it. */
    private static boolean lineBreakBefore(String text, List<Token> tokens, int j) {
        return j == 0 || Tokens.lineBreakBetween(text, tokens.get(j - 1), tokens.get(j));
    }
}
