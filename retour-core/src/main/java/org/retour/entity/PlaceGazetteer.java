package org.retour.entity;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The places Retour knows: every country under its CLDR names in French, English, German and
 * Arabic (from ICU4J), and the cities and regions of {@code org/retour/entity/places.txt}.
 *
 * <p>Immutable and thread-safe; look-ups go through a {@link TokenTrie}.
 */
public final class PlaceGazetteer {

    private static final String DIR = "org/retour/entity/";
    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "ar");
    private static volatile PlaceGazetteer bundled;

    /** What kind of place. */
    public enum Kind { COUNTRY, REGION, CITY }

    /**
     * A place.
     *
     * @param canonical its English name
     * @param country   the ISO 3166-1 alpha-2 code of the country it is or lies in, or null for a region across countries
     */
    public record Place(String canonical, String country, Kind kind) {
        public Place {
            Objects.requireNonNull(canonical, "canonical");
            Objects.requireNonNull(kind, "kind");
        }

        /** A hash of the name and country alone (a place is a map key on every mention). */
        @Override
        public int hashCode() {
            return canonical.hashCode() * 31 + Objects.hashCode(country);
        }
    }

    private final TokenTrie<Place> trie;
    private final Map<String, Place> countries;

    private PlaceGazetteer(TokenTrie<Place> trie, Map<String, Place> countries) {
        this.trie = trie;
        this.countries = Map.copyOf(countries);
    }

    /** The bundled gazetteer (built once). */
    public static PlaceGazetteer bundled() {
        PlaceGazetteer g = bundled;
        if (g == null) {
            g = build(ResourceLines.classpath(DIR + "places.txt"), ResourceLines.classpath(DIR + "place-stopwords.txt"));
            bundled = g;
        }
        return g;
    }

    /** A gazetteer of the CLDR countries (less {@code stopwords}) and of the lines of a places file. */
    public static PlaceGazetteer build(List<String> placeLines, List<String> stopwords) {
        Set<String> stop = new HashSet<>();
        stopwords.forEach(s -> stop.add(Fold.key(s)));
        TokenTrie.Builder<Place> b = TokenTrie.builder();
        Map<String, Place> countries = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, LocaleDisplayNames> names = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            names.put(lang + "-long", LocaleDisplayNames.getInstance(new ULocale(lang)));
            names.put(lang + "-short", LocaleDisplayNames.getInstance(new ULocale(lang), DisplayContext.LENGTH_SHORT));
        }
        for (String code : ULocale.getISOCountries()) {
            String english = names.get("en-long").regionDisplayName(code);
            if (english == null || english.equals(code) && !code.equals("US")) {
                continue;
            }
            Place p = new Place(english, code, Kind.COUNTRY);
            countries.put(code, p);
            for (LocaleDisplayNames n : names.values()) {
                String name = n.regionDisplayName(code);
                if (name == null || name.equals(code) && !TokenTrie.isAcronym(name) || name.indexOf('(') >= 0) {
                    continue;
                }
                if (!stop.contains(Fold.key(name)) && seen.add(code + "|" + name)) {
                    b.add(TokenTrie.words(name, "fr"), p);
                }
            }
        }
        for (String line : placeLines) {
            String[] parts = line.split("\\|");
            String[] head = parts[0].strip().split("\\s+");
            if (parts.length < 2 || head.length != 2) {
                throw new IllegalArgumentException("places: expected 'CC kind | canonical | names…': " + line);
            }
            String cc = head[0].equals("--") ? null : head[0];
            Kind kind = Kind.valueOf(head[1].toUpperCase(java.util.Locale.ROOT));
            Place p = new Place(parts[1].strip(), cc, kind);
            for (int i = 1; i < parts.length; i++) {
                String name = parts[i].strip();
                if (!name.isEmpty() && seen.add(cc + "|" + p.canonical() + "|" + name)) {
                    b.add(TokenTrie.words(name, "fr"), p);
                }
            }
        }
        return new PlaceGazetteer(b.build(), countries);
    }

    /** The trie of every place name. */
    public TokenTrie<Place> trie() {
        return trie;
    }

    /** The country with ISO code {@code code}, or null. */
    public Place country(String code) {
        return code == null ? null : countries.get(code);
    }

    /** Every country, by ISO code. */
    public List<Place> countries() {
        return new ArrayList<>(countries.values());
    }
}
