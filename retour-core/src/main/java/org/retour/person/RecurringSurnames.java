package org.retour.person;

import java.util.HashMap;
import java.util.Map;
import org.retour.person.PersonLexicon.Kind;

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
    /**
     * Whether a full name written twice is evidence: in French and German, as English capitalises the words of
     * institutions, titles and peoples ("Sunday Times", "Red Cross", "Sri Lankans") that no stage may know.
     */
    private final boolean fullNames;
    /** Whether the language capitalises its nouns, so a run after a preposition or an article is a noun phrase. */
    private final boolean capitalisedNouns;
    /** How many times each word stands alone as a run of its own, counted when first asked. */
    private Map<String, Integer> alone;

    /** The recurring words of the document {@code wd} reads in {@code lang}, counted when first asked. */
    RecurringSurnames(NameWords wd, boolean[] other, String lang) {
        this.wd = wd;
        this.other = other;
        this.fullNames = "fr".equals(lang) || "de".equals(lang);
        this.capitalisedNouns = "de".equals(lang);
    }

    /**
     * Whether the run {@code [start, j)} is a given name no lexicon lists and a surname, or that given name, the
     * document writes alone {@link #MIN_ALONE} times or more, or the two together as often: two words, neither an organisation's nor a place's,
     * neither a word of the lexicon (a pronoun, a role) nor one the document also writes in lower case.
     */
    boolean named(int start, int j) {
        if (j != start + 2 || other[start] || other[start + 1]) {
            return false;
        }
        if (capitalisedNouns && start > 0 && wd.entries.isAny(start - 1, Kind.PREP, Kind.DET, Kind.INDEF)) {
            return false; // „im Hintergrund Kinder“: nouns after a preposition, not a name
        }
        String surname = wd.surface(start + 1);
        if (Tokens.possessive(wd.text, wd.tokens.get(start + 1))) {
            surname = surname.substring(0, surname.length() - 2); // "Begum's" is "Begum"
        }
        return (recurs(surname) || recurs(wd.surface(start)) || fullNames && written(start, surname))
                && letters(wd.surface(start)) // not a transcript's question number: "Q112 Chair"
                && NameEvidence.unlistedGivenName(wd, start) && NameEvidence.unlistedGivenName(wd, start + 1);
        // the surname too is no word of the lexicon nor written in lower case: not "I", "Chair", "Rückkehrer"
    }

    /**
     * Whether {@code word} stands alone at least {@link #MIN_ALONE} times: as a run of one word, which
     * {@link SpeechSubjects#cuedSurnames} has marked in {@code wd.subject}, no organisation's or place's.
     */
    private boolean recurs(String word) {
        if (alone == null) {
            alone = new HashMap<>();
            for (int i = 0; i < wd.size(); i++) {
                if (wd.subject[i] != 0 && !other[i]) {
                    alone.merge(wd.surface(i), 1, Integer::sum);
                }
            }
        }
        return alone.getOrDefault(word, 0) >= MIN_ALONE;
    }

    /**
     * Whether the document writes the two words from token {@code start}, the second as {@code surname}, one
     * space apart and as whole words {@link #MIN_ALONE} times or more ("Inès Marchetti a les mains …", « Dans le
     * tram, Inès Marchetti regarde … »): a full name repeated, as news repeats a portrait's subject's.
     */
    private boolean written(int start, String surname) {
        return NameEvidence.hasWord(wd.text, wd.surface(start) + ' ' + surname, MIN_ALONE);
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
}
