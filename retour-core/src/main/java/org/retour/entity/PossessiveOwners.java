package org.retour.entity;

/**
 * Where an English possessive inside a run of capitalised words bounds an organisation's name: an owner that is
 * itself an organisation is the name ("Cardiff University's Crime and Security Research Institute": Cardiff
 * University), a place that owns what follows is no part of it ("Iraq's Supreme Judicial Council": Supreme Judicial
 * Council); a possessive that is neither stays inside the name ("King's College London").
 */
final class PossessiveOwners {

    /**
     * A possessive at token {@code at} that bounds the name.
     *
     * @param at    the token that ends with "'s"
     * @param owner whether the name ends there (the owner is an organisation) rather than begins after it (a place
     *              owns it)
     */
    record Bound(int at, boolean owner) {
    }

    private PossessiveOwners() {
    }

    /**
     * The first possessive of tokens {@code first..last - 1} that bounds the name whose first organisation word is
     * token {@code orgWord}, or null.
     */
    static Bound bound(TokenView v, int first, int last, int orgWord, NameShapes shapes, PlaceGazetteer places) {
        for (int k = first; k < last; k++) {
            if (!v.possessive(k)) {
                continue;
            }
            String key = v.key(k);
            if (orgWord <= k || shapes.organisationWords().contains(key.substring(0, key.length() - 2))) {
                return new Bound(k, true);
            }
            TokenTrie.Match<PlaceGazetteer.Place> place = places.trie().longestAt(v, first);
            if (place != null && place.last() == k) {
                return new Bound(k, false);
            }
        }
        return null;
    }
}
