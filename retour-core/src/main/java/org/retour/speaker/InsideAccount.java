package org.retour.speaker;

import java.util.List;
import java.util.Map;
import org.retour.resource.ResourceLines;

/**
 * The speaker's own account of having been inside the group: a first person with a past form of "to be"
 * next to a name of the group or of its ground ("When I was with Daesh", « Quand nous étions en Syrie »,
 * „Als ich beim IS war“, "عندما كنت مع داعش"), read from {@code org/retour/speaker/voice-inside.txt}.
 *
 * <p>Only the word tokens of a speaker's quotes are read, each once. Immutable and thread-safe.
 */
final class InsideAccount {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/voice-inside.txt";
    /** How many words before a past form of "to be" its first-person pronoun may stand. */
    static final int PERSON_BEFORE = 4;
    /** How many words on either side of the verb a name of the group or its ground may stand. */
    static final int GROUP_REACH = 3;

    /** How many words of the clause a relative pronoun opens are read for a return. */
    static final int CLAUSE_WORDS = 12;

    private enum Kind { PERSON, BE, BE1, GROUP, GROUND, INSIDER, WHO, BACK, JOIN, FIGHT, SIDE, AGAINST, END }

    private final Map<String, Map<String, Kind>> byLanguage;
    /**
     * A filter of the words of every language.
     *
     * <p>Design decision: every word of every quote is looked up, and nearly none is a word of this list, so a
     * bit test turns them away before the map is probed.
     */
    private final WordFilter filter;

    InsideAccount(List<String> lines) {
        Map<String, Map<String, Kind>> m = ResourceLines.kindsByLanguage(lines, Kind.class, "inside", true);
        this.byLanguage = m;
        java.util.Set<String> all = new java.util.HashSet<>();
        m.values().forEach(w -> all.addAll(w.keySet()));
        this.filter = new WordFilter(all);
    }

    /** The bundled words. */
    static InsideAccount bundled() {
        return new InsideAccount(ResourceLines.classpath(RESOURCE));
    }

    /** What a speaker's own words tell of time inside the group: nothing, by the ground it held, or by its name. */
    enum Told { NOTHING, GROUND, NAME }

    /**
     * Whether the word tokens {@code from} (inclusive) to {@code to} (exclusive) of {@code lowered} (null
     * where a token is no word) tell the speaker's own time inside the group, by its name or, when
     * {@code ground} holds, also by the name of the ground it held.
     */
    boolean tells(String[] lowered, int from, int to, String lang, boolean ground) {
        Told t = told(lowered, from, to, lang);
        return t == Told.NAME || ground && t == Told.GROUND;
    }

    /**
     * What the word tokens {@code from} (inclusive) to {@code to} (exclusive) of {@code lowered} (null where a
     * token is no word) tell of the speaker's own time inside the group, read in one pass: {@code NAME} when a
     * past form of "to be" in the first person stands by the group's name, else {@code GROUND} when one stands
     * by the name of the ground it held, else {@code NOTHING}.
     */
    Told told(String[] lowered, int from, int to, String lang) {
        Map<String, Kind> words = byLanguage.get(lang);
        if (words == null) {
            return Told.NOTHING;
        }
        Told found = Told.NOTHING;
        for (int k = from; k < to; k++) {
            Kind kind = lowered[k] == null || !filter.mayHave(lowered[k]) ? null : words.get(lowered[k]);
            if (kind == Kind.BE1 || kind == Kind.BE && near(words, lowered, k, from, to, Kind.PERSON, PERSON_BEFORE, 1)) {
                if (near(words, lowered, k, from, to, Kind.GROUP, GROUP_REACH, GROUP_REACH)) {
                    return Told.NAME;
                }
                if (near(words, lowered, k, from, to, Kind.GROUND, GROUP_REACH, GROUP_REACH)) {
                    found = Told.GROUND;
                }
            }
        }
        return found;
    }

    /**
     * Whether a relative clause right after the word token before {@code after} tells the person's own
     * return ("Aigerim, who came back with him", „Aylin, die mit ihm zurückkehrte“): its pronoun within two
     * tokens, then a return word before the clause ends, with no wish ({@code wish}) before it.
     *
     * @param wish whether the token at an index is a word of wish or request
     */
    boolean returnedIn(String[] lowered, int after, String lang, java.util.function.IntPredicate wish) {
        Map<String, Kind> words = byLanguage.get(lang);
        int k = relativePronoun(words, lowered, after);
        for (int j = k + 1; k >= 0 && j < Math.min(lowered.length, k + 1 + CLAUSE_WORDS) && lowered[j] != null; j++) {
            if (wish.test(j)) {
                return false;
            }
            if (words.get(lowered[j]) == Kind.BACK) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause right after the word token before {@code after} tells that the person joined the
     * group ("Ali Khan, who joined Islamic State in 2014", « Nadia, qui a rejoint l'EI », „Lisa M. hat sich 2015
     * dem IS angeschlossen“, "who fought for IS", not "who fought IS in Mosul"): a relative pronoun after a comma or the name's own clause, then a word of joining
     * and a name of the group or its ground before the clause ends ({@code number}: whether a token is a
     * number, which does not end it; {@code acronym}: whether a token is the group's name written so that it
     * cannot be a word of the language, as English "IS" beside the verb "is").
     */
    boolean joinedIn(String[] lowered, java.util.function.IntPredicate number, java.util.function.IntPredicate acronym,
                     int after, String lang) {
        Map<String, Kind> words = byLanguage.get(lang);
        int k = relativePronoun(words, lowered, after);
        if (k < 0 && words != null && after < lowered.length && lowered[after] != null) {
            k = after - 1; // "Ali Khan joined Islamic State in 2014": the name's own clause, no comma between
        }
        boolean join = false;
        boolean name = false;
        boolean ground = false;
        boolean fight = false; // "who fought": for the group only with a word of its side, none against it
        boolean side = false;
        boolean against = false;
        for (int j = k + 1; k >= 0 && j < Math.min(lowered.length, k + 1 + CLAUSE_WORDS)
                && (lowered[j] != null || number.test(j)); j++) { // "hat sich 2015 dem IS angeschlossen"
            if (lowered[j] == null) {
                continue;
            }
            Kind kind = words.get(lowered[j]);
            if (kind == Kind.END) {
                break; // "Prosecutor Alison Morgan told jurors that Rahman had fought for IS": another's clause
            }
            join |= kind == Kind.JOIN;
            fight |= kind == Kind.FIGHT;
            side |= kind == Kind.SIDE;
            against |= kind == Kind.AGAINST;
            name |= kind == Kind.GROUP || acronym.test(j);
            ground |= kind == Kind.GROUND;
        }
        join |= fight && !against && (side && name || ground); // "fought for IS", "fought in Syria", not "fought IS"
        return join && (name || ground);
    }

    /**
     * The index of the relative pronoun opening a clause at token {@code after} or right after the comma there
     * ("Aigerim, who …"), or -1 when there is none or the language has no words.
     */
    private static int relativePronoun(Map<String, Kind> words, String[] lowered, int after) {
        if (words == null) {
            return -1;
        }
        int k = after;
        if (k < lowered.length && lowered[k] == null) {
            k++; // the comma of the apposition
        }
        return k < lowered.length && lowered[k] != null && words.get(lowered[k]) == Kind.WHO ? k : -1;
    }

    /** Whether a lower-cased word ends a clause read for joining: a complementizer or a verb of speech (`end`). */
    boolean clauseEnd(String lowered, String lang) {
        Map<String, Kind> words = byLanguage.get(lang);
        return words != null && lowered != null && words.get(lowered) == Kind.END;
    }

    /** Whether the word tokens {@code from} to {@code to} hold a word only those inside the group use (emir, hisba). */
    boolean insiderWord(String[] lowered, int from, int to, String lang) {
        Map<String, Kind> words = byLanguage.get(lang);
        if (words == null) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (lowered[k] != null && filter.mayHave(lowered[k]) && words.get(lowered[k]) == Kind.INSIDER) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@code wanted} stands up to {@code before} tokens before {@code k} or {@code after} after it. */
    private static boolean near(Map<String, Kind> words, String[] lowered, int k, int from, int to, Kind wanted,
                                int before, int after) {
        for (int j = Math.max(from, k - before); j < Math.min(to, k + after + 1); j++) {
            if (j != k && lowered[j] != null && words.get(lowered[j]) == wanted) {
                return true;
            }
        }
        return false;
    }
}
