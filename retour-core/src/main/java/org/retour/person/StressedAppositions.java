package org.retour.person;

import org.retour.person.PersonLexicon.Kind;

/**
 * The evidence that a run of capitalised words names a person: a third-person singular stressed pronoun set
 * off by commas right after it (« Gérard Vallon, lui, a écouté », « Nour, elle, regarde sa montre »). French
 * sets a person in contrast so; a place or an institution that stands so (« La Belgique, elle, a choisi »)
 * is one the place and organisation stages found, and a word of one run must be none of theirs.
 *
 * <p>Reads the three tokens after the run; stateless and thread-safe.
 */
final class StressedAppositions {

    private StressedAppositions() {
    }

    /** Whether the run {@code [start, j)} is followed by « , lui, » or « , elle, » and names no place or body. */
    static boolean apposed(NameWords wd, PersonLexicon lexicon, int start, int j, boolean[] other, String lang) {
        if (j + 2 >= wd.size()
                || !Tokens.is(wd.text, wd.tokens.get(j), ",") || !Tokens.is(wd.text, wd.tokens.get(j + 2), ",")
                || !wd.entries.is(Kind.STRESSED, j + 1) || !wd.adjacent(j) || !wd.adjacent(j + 1)
                || !NameEvidence.freeRun(wd, start, j, other)) {
            return false;
        }
        if (start > 0 && wd.adjacent(start - 1) && wd.entries.isAny(start - 1, Kind.DET, Kind.INDEF, Kind.POSSESSIVE)) {
            return false; // « La Tunisienne, elle, »: a noun after its article, no name
        }
        Pronoun p = lexicon.stressed(wd.lower(j + 1), lang);
        if (p == null || p.plural()) {
            return false; // « Les Belges, eux, », « Karim, moi, je »: a group or a vocative
        }
        for (int k : new int[] {start, j - 1}) {
            if (wd.entries.listed(k) && wd.givenName(k) == null) {
                return false; // « Le syndicaliste, lui, »: a word of the lexicon, no name
            }
        }
        return true;
    }
}
