package org.retour.person;

import java.util.Set;
import org.retour.entity.Fold;
import org.retour.entity.NameShapes;

/**
 * Where the name starts in a run of capitalised words whose titles and their modifiers come first: after the
 * last title or honorific of the run when two words or more follow it ("Detective Chief Superintendent Kenny
 * Darroch", "Provincial Governor Amina Baba", "U.S. District Judge Ellen Roe", "Justice Priya Menon").
 *
 * <p>The words after the title must read as a name: the first a known given name, or two words that no
 * organisation or place takes and that hold no organisation word ("Major League Baseball" stays whole). No
 * known given name may come before the title ("Sharif Sheikh Ahmed" is one name).
 *
 * <p>Immutable and thread-safe.
 */
final class TitledRuns {

    private static final Set<String> ORGANISATION_WORDS = NameShapes.bundled().organisationWords();

    private TitledRuns() {
    }

    /** The token where the name of the run {@code [start, j)} starts after its titles, or {@code start}. */
    static int nameStart(NameWords wd, int start, int j, boolean[] other) {
        int title = -1;
        for (int k = start; k <= j - 3; k++) {
            if (wd.givenName(k) != null && title < 0) {
                return start;
            }
            if (wd.entries.honorific(k) || wd.entries.titleRole(k) != null) {
                title = k;
            }
        }
        if (title < 0) {
            return start;
        }
        int name = title + 1;
        for (int k = start; k < name; k++) {
            if (wd.givenName(k) != null) {
                return start; // "Sharif Sheikh Ahmed"
            }
        }
        if (wd.givenName(name) != null && !wd.entries.honorific(name) && wd.entries.titleRole(name) == null) {
            return name;
        }
        if (j - name != 2) {
            return start;
        }
        for (int k = name; k < j; k++) {
            if (other[k] || ORGANISATION_WORDS.contains(Fold.key(wd.surface(k))) || wd.entries.head(k) != null) {
                return start;
            }
        }
        return name;
    }

    /**
     * Where the name starts in a run of a title and one word ("Justice Harland", "Colonel Mahmoud"): at that word
     * when it reads as a surname (capitalised, no place's or organisation's, no title, honorific or role noun:
     * "Justice Department", "General Assembly" stay whole); else {@code start}.
     */
    static int surnameStart(NameWords wd, int start, int j, boolean[] other) {
        if (j - start != 2 || wd.entries.titleRole(start) == null || wd.entries.honorific(start)) {
            return start;
        }
        int k = start + 1;
        if (other[k] || !wd.capitalised(k) || ORGANISATION_WORDS.contains(Fold.key(wd.surface(k)))
                || wd.entries.head(k) != null || wd.entries.titleRole(k) != null || wd.entries.honorific(k)) {
            return start;
        }
        return k;
    }
}
