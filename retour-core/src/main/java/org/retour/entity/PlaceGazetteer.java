package org.retour.entity;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The places Retour knows: every country under its CLDR names in French, English, German and
 * Arabic (from ICU4J), with the names and canonical names of the {@code country} lines of the place
 * files, and the cities and regions of {@code org/retour/entity/places.txt} and
 * {@code places-world.txt}. Names that are also common words or given names
 * ({@code place-ambiguous.txt}) count only in a place context: after a preposition of
 * {@code place-prepositions.txt}, in a list of places, or as a dateline in capitals.
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
    private final Map<String, Set<String>> ambiguous;
    private final Map<String, Set<String>> prepositions;
    private final WordSet lowerFirstWords;

    private PlaceGazetteer(TokenTrie<Place> trie, Map<String, Place> countries, Map<String, Set<String>> ambiguous,
            Map<String, Set<String>> prepositions, Set<String> lowerFirstWords) {
        this.trie = trie;
        this.lowerFirstWords = WordSet.of(lowerFirstWords);
        this.countries = Map.copyOf(countries);
        this.ambiguous = ambiguous;
        this.prepositions = prepositions;
    }

    /** The bundled gazetteer (built once). */
    public static PlaceGazetteer bundled() {
        PlaceGazetteer g = bundled;
        if (g == null) {
            List<String> lines = new ArrayList<>(ResourceLines.classpath(DIR + "places.txt"));
            lines.addAll(ResourceLines.classpath(DIR + "places-world.txt"));
            g = build(lines, ResourceLines.classpath(DIR + "place-stopwords.txt"),
                    ResourceLines.classpath(DIR + "place-ambiguous.txt"),
                    ResourceLines.classpath(DIR + "place-prepositions.txt"));
            bundled = g;
        }
        return g;
    }

    /** A gazetteer of the CLDR countries (less {@code stopwords}) and of the lines of a places file. */
    public static PlaceGazetteer build(List<String> placeLines, List<String> stopwords) {
        return build(placeLines, stopwords, List.of(), List.of());
    }

    /**
     * A gazetteer of the CLDR countries (less {@code stopwords}) and of the lines of a places file,
     * with ambiguous names ({@code "lang name"}, {@code *} for every language) and the prepositions
     * that make them places ({@code "lang word"}).
     */
    public static PlaceGazetteer build(List<String> placeLines, List<String> stopwords, List<String> ambiguousLines,
            List<String> prepositionLines) {
        Set<String> stop = new HashSet<>();
        stopwords.forEach(s -> stop.add(Fold.key(s)));
        Map<String, String> renamed = new HashMap<>();
        Set<String> lowerFirst = new HashSet<>();
        for (String line : placeLines) {
            String[] parts = line.split("\\|");
            String[] head = parts[0].strip().split("\\s+");
            if (parts.length >= 2 && head.length == 2 && head[1].equalsIgnoreCase("country")) {
                renamed.put(head[0], parts[1].strip());
            }
        }
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
            Place p = new Place(renamed.getOrDefault(code, english), code, Kind.COUNTRY);
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
            Place p = kind == Kind.COUNTRY && countries.containsKey(cc) ? countries.get(cc) : new Place(parts[1].strip(), cc, kind);
            for (int i = 1; i < parts.length; i++) {
                String name = parts[i].strip();
                if (!name.isEmpty() && seen.add(cc + "|" + p.canonical() + "|" + name)) {
                    List<String> words = words(name);
                    b.add(words, p);
                    if (Character.isLowerCase(name.charAt(0))) {
                        lowerFirst.add(Fold.key(words.get(0)));
                    }
                }
            }
        }
        return new PlaceGazetteer(b.build(), countries, byLanguage(ambiguousLines), byLanguage(prepositionLines),
                lowerFirst);
    }

    /**
     * The words of a name: split at spaces when it has only letters, hyphens and spaces (as the tokenizer
     * would split it), else as the tokenizer splits it.
     */
    private static List<String> words(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return TokenTrie.words(name, "fr");
            }
        }
        return List.of(name.split(" "));
    }

    /** Lines {@code "lang words"} as the folded words by language. */
    private static Map<String, Set<String>> byLanguage(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines) {
            int sp = line.indexOf(' ');
            if (sp > 0) {
                out.computeIfAbsent(Fold.key(line.substring(sp + 1).strip()), k -> new HashSet<>()).add(line.substring(0, sp));
            }
        }
        return Map.copyOf(out);
    }

    /** Whether a name of the place files begins with the word of key {@code key} written in lower case ("al-Hol"). */
    public boolean beginsInLowerCase(String key) {
        return lowerFirstWords.contains(key);
    }

    /** Whether a place name may begin with token {@code i} of {@code v} written in lower case. */
    public boolean beginsInLowerCase(TokenView v, int i) {
        return lowerFirstWords.contains(v, i);
    }

    /** Whether the name with key {@code key} is also a common word or a given name in {@code lang}. */
    public boolean isAmbiguous(String key, String lang) {
        Set<String> langs = ambiguous.get(key);
        return langs != null && (langs.contains("*") || langs.contains(lang) || !LANGUAGES.contains(lang));
    }

    /** Whether the word with key {@code key} introduces a place in {@code lang} ("à", "in", "aus"). */
    public boolean isPreposition(String key, String lang) {
        Set<String> langs = prepositions.get(key);
        return langs != null && (langs.contains("*") || langs.contains(lang) || !LANGUAGES.contains(lang));
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
