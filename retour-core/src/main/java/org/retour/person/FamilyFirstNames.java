package org.retour.person;

/**
 * A family name written before the given name, as Chinese, Korean and Vietnamese names are ("Minister Lim Wei
 * Jie", then "Mr Lim"): one unknown capitalised word between a role or title and a given name of two words.
 *
 * <p>Stateless and thread-safe.
 */
final class FamilyFirstNames {

    private FamilyFirstNames() {
    }

    /**
     * Whether the word right before the given name at {@code first} is the person's family name: it is
     * capitalised, no word of the lexicon, no honorific, no given name and no part of a place or organisation; a role's head
     * noun or a title comes before it; and the given name goes on in one more capitalised word of the run
     * ending at {@code j}.
     */
    static boolean before(NameWords wd, int start, int first, int j, boolean[] other) {
        int family = first - 1;
        if (family <= start || j - first < 2 || !wd.capitalised(family) || other[family]
                || wd.entries.listed(family) || wd.entries.honorific(family) || wd.givenName(family) != null) {
            return false;
        }
        return wd.entries.head(family - 1) != null || wd.entries.titleRole(family - 1) != null;
    }
}
