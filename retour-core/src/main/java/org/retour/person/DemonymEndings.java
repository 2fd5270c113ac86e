package org.retour.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The endings of the French names of a town's or region's people the lexicon does not list, from {@code
 * demonym-endings.txt}: « le Vénissian », « le Lavallois », « une Magogoise » head a description as « le Lyonnais »
 * does.
 *
 * <p>Design decision: a word is read so only right after an article or a demonstrative, with at least {@link
 * #MIN_LENGTH} letters and no capitalised word after it, so that names of papers and places written with their
 * article (« Le Parisien Libéré ») and surnames after « Le » within a full name (« Martine Le Gallais ») are left alone.
 *
 * <p>Immutable and thread-safe.
 */
final class DemonymEndings {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/demonym-endings.txt";
    /** The fewest letters of a demonym read by its ending. */
    static final int MIN_LENGTH = 6;

    private static final DemonymEndings BUNDLED = new DemonymEndings(ResourceLines.classpath(RESOURCE));

    /** What a line of the resource gives. */
    enum Kind { M, F, BEFORE }

    /** Per language, the words of each kind. */
    private final Map<String, Map<Kind, Set<String>>> byLanguage;

    DemonymEndings(List<String> lines) {
        Map<String, Map<Kind, Set<String>>> out = new HashMap<>();
        ResourceLines.wordsByKind(lines, Set.of("m", "f", "before"), "demonym-endings").forEach((kind, langs) ->
                langs.forEach((lang, words) -> out.computeIfAbsent(lang, l -> new java.util.EnumMap<>(Kind.class))
                        .put(Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), Set.copyOf(words))));
        this.byLanguage = Map.copyOf(out);
    }

    /** The bundled endings. */
    static DemonymEndings bundled() {
        return BUNDLED;
    }

    /**
     * The gender of the capitalised word at token {@code k} read as a demonym by its ending, or null: an article or a
     * demonstrative of {@code lang} right before it that is no particle of a name (« Martine Le Gallais »), no
     * capitalised word right after it, no given name.
     */
    Gender genderAt(TokenEntries entries, String[] lower, int k, String lang) {
        Map<Kind, Set<String>> words = byLanguage.get(lang);
        String w = lower[k];
        if (words == null || w == null || w.length() < MIN_LENGTH || k == 0 || lower[k - 1] == null
                || !entries.capitalised(k) || !words.getOrDefault(Kind.BEFORE, Set.of()).contains(lower[k - 1])
                || k + 1 < lower.length && lower[k + 1] != null && entries.capitalised(k + 1)
                || entries.givenName(k) != null
                || k >= 2 && lower[k - 2] != null && entries.capitalised(k - 2) && entries.capitalised(k - 1)) {
            return null;
        }
        if (ends(w, words.getOrDefault(Kind.F, Set.of()))) {
            return Gender.FEMALE;
        }
        return ends(w, words.getOrDefault(Kind.M, Set.of())) ? Gender.MALE : null;
    }

    private static boolean ends(String w, Set<String> endings) {
        for (String e : endings) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
