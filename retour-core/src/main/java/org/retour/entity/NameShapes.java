package org.retour.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The word lists that tell the shape of an organisation's name: the words that make a capitalised
 * multiword name an organisation ("Centre", "Bundesamt"), the small words a name may contain ("de",
 * "of", "für"), the articles that do not begin one and the names of weekdays and months, which no name
 * holds ("the University of Glasgow | on Tuesday"); from {@code org/retour/entity/}.
 *
 * <p>All sets hold lookup keys ({@link Fold#key}); immutable and thread-safe.
 */
public record NameShapes(Set<String> organisationWords, Set<String> connectors, Set<String> articles,
                         Set<String> calendar) {

    private static final String DIR = "org/retour/entity/";

    public NameShapes {
        organisationWords = Set.copyOf(organisationWords);
        connectors = Set.copyOf(connectors);
        articles = Set.copyOf(articles);
        calendar = Set.copyOf(calendar);
    }

    /** The bundled lists. */
    public static NameShapes bundled() {
        return new NameShapes(words(DIR + "organisation-words.txt"), words(DIR + "name-connectors.txt"),
                words(DIR + "name-articles.txt"), words(DIR + "calendar-words.txt"));
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        List<String> lines = ResourceLines.classpath(resource);
        for (String line : lines) {
            int sp = line.indexOf(' ');
            out.add(Fold.key(sp < 0 ? line : line.substring(sp + 1).strip()));
        }
        return out;
    }
}
