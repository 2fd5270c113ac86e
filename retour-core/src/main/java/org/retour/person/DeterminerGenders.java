package org.retour.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.resource.ResourceLines;

/**
 * The gender a determiner gives the person a description names when the description's noun shows none, from
 * {@code org/retour/person/determiner-genders.txt} (« la psychologue », « un Irakien »).
 *
 * <p>Immutable and thread-safe.
 */
final class DeterminerGenders {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/determiner-genders.txt";
    private static final DeterminerGenders BUNDLED = new DeterminerGenders(ResourceLines.classpath(RESOURCE));

    /** Per language, each determiner's gender. */
    private final Map<String, Map<String, Gender>> genders;

    /**
     * Determiners from lines {@code "lang gender word…"}.
     *
     * @throws IllegalArgumentException for a line without a word or with a gender other than m or f
     */
    DeterminerGenders(List<String> lines) {
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
     * The gender of a description whose noun shows {@code own} and whose determiner is {@code determiner} (lower
     * case): a feminine determiner's for any noun of either gender, a masculine one's for a people's name only
     * ({@code demonym}); else {@code own}.
     */
    Gender of(Gender own, String determiner, boolean demonym, String lang) {
        if (own != Gender.UNKNOWN || determiner == null) {
            return own;
        }
        Map<String, Gender> in = genders.get(lang);
        Gender g = in == null ? null : in.get(determiner);
        return g == Gender.FEMALE || g == Gender.MALE && demonym ? g : own;
    }
}
