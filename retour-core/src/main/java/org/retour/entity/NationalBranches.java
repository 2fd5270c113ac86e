package org.retour.entity;

/**
 * The national branch of an organisation the alias table knows, written as its name and a country right after
 * it ("Save the Children Australia", "Amnesty International UK"): the country belongs to the organisation's name,
 * not to a place beside it.
 *
 * <p>Reads the few tokens of one country name; immutable and thread-safe.
 */
final class NationalBranches {

    private final PlaceGazetteer places;

    NationalBranches(PlaceGazetteer places) {
        this.places = places;
    }

    /**
     * The last token of a country named right after an organisation's name of two words or more ending at
     * {@code last}, when no capitalised word follows the country; else {@code last}.
     */
    int end(TokenView v, int first, int last) {
        int next = last + 1;
        if (last == first || next >= v.size() || !v.adjacent(last) || !v.isWord(next) || !v.isCapitalised(next)) {
            return last;
        }
        TokenTrie.Match<PlaceGazetteer.Place> m = places.trie().longestAt(v, next);
        if (m == null || m.first() != next || m.value().kind() != PlaceGazetteer.Kind.COUNTRY) {
            return last;
        }
        int after = m.last() + 1;
        if (after < v.size() && v.adjacent(m.last()) && v.isWord(after) && v.isCapitalised(after)) {
            return last; // "… Australia Post": the country opens another name
        }
        return m.last();
    }
}
