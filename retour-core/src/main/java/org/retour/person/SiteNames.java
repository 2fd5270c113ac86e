package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.GrammarWords;
import org.retour.resource.ResourceLines;

/**
 * The nouns of a building, a street or a site, from {@code org/retour/person/site-nouns.txt}: a capitalised run
 * right after one in lower case names the site, not a person, though the site may bear a person's name
 * (« l'usine Ford de Blanquefort », « le lycée Jean Moulin », « la rue Jean Jaurès »).
 *
 * <p>Immutable and thread-safe.
 */
final class SiteNames {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/site-nouns.txt";
    private static final SiteNames BUNDLED = new SiteNames(ResourceLines.classpath(RESOURCE));

    /** The French articles joined to a preposition. */
    private static final Set<String> CONTRACTED = GrammarWords.bundled().of(
            GrammarWords.Kind.CONTRACTED, "fr");

    private final Map<String, Set<String>> nouns;

    /** Site nouns from lines {@code "lang noun"}. */
    SiteNames(List<String> lines) {
        this.nouns = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled site nouns. */
    static SiteNames bundled() {
        return BUNDLED;
    }

    /**
     * Whether the run of capitalised words that starts at token {@code start} follows a site noun in lower case
     * that an article opens (« l'usine Ford », « au lycée Jean Moulin »; not « sept ans de prison Nabil H. », where
     * the name is the object of the verb before).
     */
    boolean afterSiteNoun(NameWords wd, int start, String lang) {
        Set<String> words = nouns.get(lang);
        if (words == null || start == 0 || !wd.entries.isWord(start - 1) || wd.entries.capitalised(start - 1)
                || !Tokens.adjacent(wd.text, wd.tokens.get(start - 1), wd.tokens.get(start))) {
            return false;
        }
        String w = wd.lower(start - 1);
        return w != null && words.contains(w) && start >= 2 && wd.entries.isWord(start - 2)
                && (wd.entries.is(PersonLexicon.Kind.DET, start - 2) || CONTRACTED.contains(wd.lower(start - 2)));
    }
}
