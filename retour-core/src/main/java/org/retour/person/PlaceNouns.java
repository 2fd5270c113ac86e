package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The nouns that end a place's name, from {@code org/retour/person/place-nouns.txt}: a capitalised run of two words or
 * more that ends with one names a place ("Fuvahmulah City", "Addu City", « Koweït City », "Diffa Province"), not a
 * person, though a verb of speech follows it ("A friend from Addu City, he said, …").
 *
 * <p>Immutable and thread-safe.
 */
final class PlaceNouns {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/place-nouns.txt";
    private static final PlaceNouns BUNDLED = new PlaceNouns(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> nouns;

    /** Place nouns from lines {@code "lang noun"}, {@code *} for every language. */
    PlaceNouns(List<String> lines) {
        this.nouns = ResourceLines.byLanguage(lines, false);
    }

    /** The bundled place nouns. */
    static PlaceNouns bundled() {
        return BUNDLED;
    }

    /** Whether the run of tokens {@code [start, end)}, two words or more, ends with a place noun as written. */
    boolean endsPlace(NameWords wd, int start, int end, String lang) {
        if (end - start < 2) {
            return false;
        }
        String last = wd.surface(end - 1);
        return nouns.getOrDefault("*", Set.of()).contains(last) || nouns.getOrDefault(lang, Set.of()).contains(last);
    }
}
