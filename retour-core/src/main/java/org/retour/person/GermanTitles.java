package org.retour.person;

/**
 * The titles German writes capitalised before a name, as every noun ("Bundesanwalt Jens Kröger", "Die Vorsitzende
 * Richterin Birgit Hansen"): where the name starts in a run that opens with them, so that a given name no lexicon
 * lists still makes a person with the title for a role.
 *
 * <p>Stateless and thread-safe.
 */
final class GermanTitles {

    private GermanTitles() {
    }

    /**
     * Where the name starts in the run {@code [start, j)}: after the title nouns that open it, and the adjectival
     * nouns before a title ("Vorsitzende Richterin"), when two words at least are left, the first a given name no
     * lexicon lists and the second no title; else {@code start}.
     */
    static int nameStart(NameWords wd, int start, int j) {
        int named = start;
        while (named < j - 2 && (wd.entries.head(named) != null
                || adjectivalEnding(wd.lower(named)) && wd.entries.head(named + 1) != null)) {
            named++;
        }
        boolean titled = named > start && NameEvidence.unlistedGivenName(wd, named) && wd.entries.head(named + 1) == null;
        return titled ? named : start;
    }

    /** Whether a German word ends as an adjective or a noun made of one does ("Vorsitzende", "Leitenden"). */
    private static boolean adjectivalEnding(String w) {
        return w.length() > 3 && Tokens.germanAdjectiveEnding(w);
    }
}
