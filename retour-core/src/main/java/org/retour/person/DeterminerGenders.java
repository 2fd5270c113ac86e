package org.retour.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.resource.ResourceLines;

/**
 * The gender a determiner gives the person a description names when the description's noun shows none, from
 * {@code org/retour/person/determiner-genders.txt} (« la psychologue », « un Irakien »), and the nouns of either
 * gender but no office that a masculine determiner makes a man of, from {@code org/retour/person/masculine-epicenes.txt}
 * (« ce trentenaire », « un jeune »).
 *
 * <p>Immutable and thread-safe.
 */
final class DeterminerGenders {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/determiner-genders.txt";
    /** The bundled nouns of either gender that a masculine determiner makes a man of. */
    static final String EPICENES = "org/retour/person/masculine-epicenes.txt";
    private static final DeterminerGenders BUNDLED = new DeterminerGenders(ResourceLines.classpath(RESOURCE),
            ResourceLines.classpath(EPICENES));

    /** Per language, each determiner's gender. */
    private final Map<String, Map<String, Gender>> genders;
    /** Per language, the nouns of either gender whose masculine determiner tells a man. */
    private final Map<String, java.util.Set<String>> epicenes;

    /**
     * Determiners from lines {@code "lang gender word…"}.
     *
     * @throws IllegalArgumentException for a line without a word or with a gender other than m or f
     */
    DeterminerGenders(List<String> lines) {
        this(lines, List.of());
    }

    /**
     * Determiners from lines {@code "lang gender word…"} and nouns a masculine one makes a man of from lines
     * {@code "lang word"}.
     *
     * @throws IllegalArgumentException for a determiner line without a word or with a gender other than m or f
     */
    DeterminerGenders(List<String> lines, List<String> epicenes) {
        this.epicenes = ResourceLines.byLanguage(epicenes, true);
        Map<String, Map<String, Gender>> read = new HashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 3 || Gender.fromCode(f[1]) == Gender.UNKNOWN) {
                throw new IllegalArgumentException("determiner-genders line needs 'lang m|f word…': " + line);
            }
            for (int i = 2; i < f.length; i++) {
                read.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[i], Gender.fromCode(f[1]));
            }
        }
        read.replaceAll((lang, byWord) -> Map.copyOf(byWord));
        this.genders = Map.copyOf(read);
    }

    /** The bundled determiners. */
    static DeterminerGenders bundled() {
        return BUNDLED;
    }

    /**
     * The gender of a description whose noun {@code noun} (lower case, or null) shows {@code own} and whose
     * determiner is {@code determiner} (lower case): a feminine determiner's for any noun of either gender, a
     * masculine one's for a people's name ({@code demonym}) or a noun of either gender but no office (« ce
     * trentenaire », « un jeune »: « cette trentenaire », « une jeune » for a woman; « le juge » may still be one);
     * else {@code own}.
     */
    Gender of(Gender own, String determiner, boolean demonym, String noun, String lang) {
        if (own != Gender.UNKNOWN || determiner == null) {
            return own;
        }
        Map<String, Gender> in = genders.get(lang);
        Gender g = in == null ? null : in.get(determiner);
        boolean epicene = noun != null && epicenes.getOrDefault(lang, java.util.Set.of()).contains(noun);
        return g == Gender.FEMALE || g == Gender.MALE && (demonym || epicene) ? g : own;
    }
}
