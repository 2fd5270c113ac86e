package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.resource.ResourceLines;

/**
 * The evidence that a run of capitalised words names a person: it is the subject of a copula whose complement
 * is an indefinite description headed by a person's noun (« Abdelilah Ouazzani est l'un des imams qui … »,
 * "Imran Baig is a former bus driver", „Sven Müller ist ein ehemaliger Kämpfer“). Copulas are {@link CopulaNames}',
 * the indefinite words those of an indefinite apposition ({@link ApposedGivenNames#APPOSED_ARTICLES}); a partitive reads through « l'un
 * des », "one of the", „einer der“ ({@code predicate-partitives.txt}).
 *
 * <p>Design decision: a run of two capitalised words is taken wherever it stands, one word only inside a
 * sentence, as for an indefinite apposition ({@link ApposedGivenNames#at}): a single capitalised
 * word opening a sentence may be any word.
 *
 * <p>Immutable and thread-safe.
 */
final class PredicatedNames {

    /** The bundled resource of the partitive's numeral and the words between it and its noun. */
    static final String RESOURCE = "org/retour/person/predicate-partitives.txt";
    /** By kind ({@code one}, {@code link}), then language: the words of a partitive (« l'un des », "one of the", „einer der“). */
    private static final Map<String, Map<String, Set<String>>> PARTITIVE = ResourceLines.wordsByKind(
            ResourceLines.classpath(RESOURCE), Set.of("one", "link"), "predicate partitives");

    private PredicatedNames() {
    }

    /**
     * Whether the run {@code [start, j)} is followed by a copula and an indefinite description whose head, within
     * {@link ApposedGivenNames#APPOSED_MODIFIERS} words, is a person's noun, in the plural after a partitive.
     */
    static boolean predicated(List<Token> tokens, NameWords wd, int start, int j, boolean[] other, PersonLexicon lexicon,
                              String lang) {
        Set<String> articles = ApposedGivenNames.APPOSED_ARTICLES.get(lang);
        if (articles == null || j + 2 >= tokens.size() || other[start] || other[j - 1]
                || !CopulaNames.bundled().copula(wd.lower(j), lang) || !wd.adjacent(j - 1)) {
            return false;
        }
        boolean full = j == start + 2 && wd.capitalised(j - 1) && !wd.writtenLower(j - 1);
        if (!full && (j != start + 1 || Tokens.opensClause(tokens, start) || !NameEvidence.unlistedGivenName(wd, start))
                || start > 0 && wd.entries.isAny(start - 1, Kind.PREP, Kind.DET, Kind.POSSESSIVE)) {
            return false; // "dans Le Monde est", « son Coran est »: a complement or a possessed thing
        }
        int m = j + 1;
        if ("fr".equals(lang) && "l'".equals(wd.lower(m))) {
            m++; // « l'un des »
        }
        String article = wd.lower(m);
        if (!articles.contains(article) && !PARTITIVE.get("one").getOrDefault(lang, Set.of()).contains(article)) {
            return false;
        }
        m++;
        boolean partitive = false;
        Set<String> links = PARTITIVE.get("link").getOrDefault(lang, Set.of());
        int words = 0;
        for (; m < tokens.size() && words <= ApposedGivenNames.APPOSED_MODIFIERS; m++) {
            if (!Tokens.isWord(tokens.get(m))) {
                return false;
            }
            boolean head = wd.entries.head(m) != null || partitive && lexicon.headOrPlural(wd.lower(m), lang);
            if (wd.capitalised(m) && !("de".equals(lang) && head)) {
                return false; // German writes its nouns capitalised
            }
            if (head) {
                return true;
            }
            if (links.contains(wd.lower(m))) {
                partitive = true; // « l'un des imams », "one of the fighters"
            } else {
                words++;
            }
        }
        return false;
    }
}
