package org.retour.person;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The capitalised words a document writes alone, as a run of their own, twice or more ("Amrani raconte", "says
 * Begum"): the surnames by which it goes on naming a person it introduced by a full name. A run of two words
 * whose last word is one of them names a person though the lexicon does not know its given name ("Ilyes Amrani"
 * … "Amrani" … "Amrani"); places and organisations are seldom named by their last word alone.
 *
 * <p>Design decision: the words are counted from the one-word runs {@link SpeechSubjects#cuedSurnames} marks,
 * so the count reads no run again; and it is made only when a run first needs it, as most documents have no run
 * that no other evidence settles.
 *
 * <p>One per document; not thread-safe.
 */
final class RecurringSurnames {

    /** How many times a word must stand alone to be taken for a surname. */
    static final int MIN_ALONE = 2;

    private final NameWords wd;
    private final boolean[] other;
    private Set<String> recurring;

    /** The recurring words of the document {@code wd} reads, counted when first asked. */
    RecurringSurnames(NameWords wd, boolean[] other) {
        this.wd = wd;
        this.other = other;
    }

    /** As {@link #named(NameWords, int, int, boolean[], Set)} on this document, counting its words if not yet done. */
    boolean named(int start, int j) {
        if (j != start + 2) {
            return false;
        }
        if (recurring == null) {
            recurring = of(wd, other);
        }
        return named(wd, start, j, other, recurring);
    }

    /**
     * The words written alone at least {@link #MIN_ALONE} times: the runs of one word, which
     * {@link SpeechSubjects#cuedSurnames} has marked in {@code wd.subject}, none an organisation's or place's.
     */
    static Set<String> of(NameWords wd, boolean[] other) {
        Map<String, Integer> alone = new HashMap<>();
        for (int i = 0; i < wd.size(); i++) {
            if (wd.subject[i] != 0 && !other[i]) {
                alone.merge(wd.surface(i), 1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        alone.forEach((w, c) -> {
            if (c >= MIN_ALONE) {
                out.add(w);
            }
        });
        return out;
    }

    /**
     * Whether the run {@code [start, j)} is a given name no lexicon lists and a surname the document writes alone
     * elsewhere: two words, neither an organisation's nor a place's, neither a word of the lexicon (a pronoun, a
     * role) nor one the document also writes in lower case.
     */
    static boolean named(NameWords wd, int start, int j, boolean[] other, Set<String> recurring) {
        return j == start + 2 && !other[start] && !other[start + 1]
                && (recurring.contains(withoutPossessive(wd.surface(start + 1))) || recurring.contains(wd.surface(start)))
                && letters(wd.surface(start)) // not a transcript's question number: "Q112 Chair"
                && NameEvidence.unlistedGivenName(wd, start) && NameEvidence.unlistedGivenName(wd, start + 1);
        // the surname too is no word of the lexicon nor written in lower case: not "I", "Chair", "Rückkehrer"
    }

    /** Whether a word is letters only, as a given name is, hyphens and apostrophes aside. */
    private static boolean letters(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return true;
    }

    /** A word without the English possessive ending it may carry ("Begum's" is "Begum"). */
    private static String withoutPossessive(String w) {
        int n = w.length();
        return n > 2 && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '\u2019') && w.charAt(n - 1) == 's'
                ? w.substring(0, n - 2) : w;
    }
}
