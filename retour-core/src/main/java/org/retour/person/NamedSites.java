package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The nouns of a site written after the name it bears, from {@code org/retour/person/named-sites.txt}: a
 * capitalised run between an article and one in lower case names the site, not a person, though the site bears a
 * person's name ("the Ely Trinity ground", "the Omar Mukhtar mosque", "the King Hussein hospital").
 *
 * <p>Immutable and thread-safe.
 */
final class NamedSites {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/named-sites.txt";
    private static final NamedSites BUNDLED = new NamedSites(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> nouns;

    /** Site nouns from lines {@code "lang noun"}. */
    NamedSites(List<String> lines) {
        this.nouns = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled site nouns. */
    static NamedSites bundled() {
        return BUNDLED;
    }

    /**
     * Whether the capitalised run {@code [start, end)} follows an article and comes right before a site noun in
     * lower case ("the Ely Trinity ground").
     */
    boolean names(NameWords wd, int start, int end, String lang) {
        Set<String> words = nouns.get(lang);
        if (words == null || start == 0 || end >= wd.size() || !wd.entries.isWord(end) || wd.capitalised(end)
                || !wd.adjacent(end - 1) || !wd.entries.is(PersonLexicon.Kind.DET, start - 1)) {
            return false;
        }
        String w = wd.lower(end);
        return w != null && words.contains(w);
    }
}
