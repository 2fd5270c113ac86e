package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The nouns that end a place's name, from {@code org/retour/person/place-nouns.txt}, and the words that open one, from
 * {@code place-openers.txt}: a capitalised run of two words or more that ends with the one ("Fuvahmulah City", "Addu
 * City", « Koweït City », "Diffa Province") or opens with the other ("Jabal Mohsen", "Bab el-Tebbaneh") names a place,
 * not a person, though a verb of speech follows it ("A friend from Addu City, he said, …") or a given name stands in
 * it.
 *
 * <p>Immutable and thread-safe.
 */
final class PlaceNouns {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/place-nouns.txt";
    /** The bundled resource of the words that open a place's name. */
    static final String OPENERS = "org/retour/person/place-openers.txt";
    private static final PlaceNouns BUNDLED = new PlaceNouns(ResourceLines.classpath(RESOURCE),
            ResourceLines.classpath(OPENERS));

    private final Map<String, Set<String>> nouns;
    private final Map<String, Set<String>> openers;

    /** Place nouns and openers from lines {@code "lang word"}, {@code *} for every language. */
    PlaceNouns(List<String> nounLines, List<String> openerLines) {
        this.nouns = ResourceLines.byLanguage(nounLines, false);
        this.openers = ResourceLines.byLanguage(openerLines, false);
    }

    /** The bundled place nouns. */
    static PlaceNouns bundled() {
        return BUNDLED;
    }

    /**
     * Whether the run of tokens {@code [start, end)}, two words or more, ends with a place noun or opens with a place
     * opener, as written.
     */
    boolean namesPlace(NameWords wd, int start, int end, String lang) {
        return end - start >= 2 && (in(nouns, wd.surface(end - 1), lang) || in(openers, wd.surface(start), lang));
    }

    private static boolean in(Map<String, Set<String>> words, String word, String lang) {
        return words.getOrDefault("*", Set.of()).contains(word) || words.getOrDefault(lang, Set.of()).contains(word);
    }

    /**
     * Whether the one word {@code [start, end)} stands between an article and a person's noun in lower case in English
     * ("A Logan mother", "the Luton man"): a town's name used as an adjective, though it is also a given name.
     */
    static boolean beforePersonNoun(NameWords wd, int start, int end, String lang) {
        return "en".equals(lang) && end - start == 1 && start > 0 && end < wd.size()
                && wd.entries.is(PersonLexicon.Kind.DET, start - 1) && !wd.entries.is(PersonLexicon.Kind.POSSESSIVE, start - 1)
                && !wd.capitalised(end) && wd.entries.head(end) != null;
    }
}
