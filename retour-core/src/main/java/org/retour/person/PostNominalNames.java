package org.retour.person;

import org.retour.entity.PostNominalWords;

/**
 * The names that a post-nominal follows ("Annabel Crewe KC told the jury", "Morwenna Pike MP said"): the
 * letters are no part of the name, and a run of two capitalised words or more before them is a person's name
 * though the lexicon knows no word of it.
 *
 * <p>Stateless and thread-safe.
 */
final class PostNominalNames {

    /** The most characters a post-nominal has ("MEP", "Jr."). */
    private static final int LONGEST = 4;

    private PostNominalNames() {
    }

    /** Whether token {@code k} is a post-nominal ({@link PostNominalWords}). */
    static boolean at(NameWords wd, int k) {
        int start = wd.entries.start(k);
        int length = wd.entries.end(k) - start;
        return length >= 2 && length <= LONGEST && Character.isUpperCase(wd.text.charAt(start))
                && PostNominalWords.is(wd.surface(k)); // "KC" is written in capitals, "Jr." is capitalised
    }

    /** Whether the run {@code [start, j)} of two words or more has a post-nominal right after it. */
    static boolean follows(NameWords wd, int start, int j) {
        return j - start >= 2 && j < wd.size() && wd.adjacent(j - 1) && at(wd, j);
    }

    /** The role the post-nominal right after a name that ends before token {@code j} gives ("KC": lawyer), or null. */
    static String role(NameWords wd, int j) {
        return j < wd.size() && j > 0 && wd.adjacent(j - 1) && at(wd, j) ? PostNominalWords.role(wd.surface(j)) : null;
    }
}
