package org.retour.entity;

import java.util.HashSet;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The military ranks that begin a person's title inside a run of capitalised words, so that an
 * organisation name before one ends there: in "Air Force Brig. Gen. Thomas Reardon" the organisation is
 * "Air Force", the rest the general's title and name; from {@code org/retour/entity/rank-words.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class RankTitles {

    private final Set<String> keys;

    private RankTitles(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /** The bundled ranks. */
    static RankTitles bundled() {
        Set<String> out = new HashSet<>();
        for (String line : ResourceLines.classpath("org/retour/entity/rank-words.txt")) {
            int sp = line.indexOf(' ');
            out.add(Fold.key(sp < 0 ? line : line.substring(sp + 1).strip()));
        }
        return new RankTitles(out);
    }

    /**
     * The last token of {@code first..last} before the first rank after {@code first}, or {@code last}
     * when none comes.
     */
    int before(TokenView v, int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            if (v.isCapitalised(k) && isRank(v.key(k))) {
                return k - 1;
            }
        }
        return last;
    }

    private boolean isRank(String key) {
        String bare = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
        return keys.contains(bare);
    }
}
