package org.retour.lang;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which languages detection may choose from.
 *
 * @param languages ISO 639-1 codes, each one Lingua knows
 */
public record LanguageConfig(Set<String> languages) {

    /** The default set: fr, en, de, ar, es, it, nl, tr, ru. */
    public static final LanguageConfig DEFAULT =
            new LanguageConfig(Set.of("fr", "en", "de", "ar", "es", "it", "nl", "tr", "ru"));

    public LanguageConfig {
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        TreeSet<String> norm = new TreeSet<>();
        for (String code : languages) {
            norm.add(Languages.requireKnown(code));
        }
        if (norm.size() < 2) {
            // Lingua needs two candidates; a single declared language is handled without detection.
            norm.add(norm.first().equals("en") ? "fr" : "en");
        }
        languages = Set.copyOf(norm);
    }

    /** Parses a comma-separated list such as {@code fr,en,de}. */
    public static LanguageConfig parse(String csv) {
        Set<String> set = new TreeSet<>();
        for (String part : csv.split(",")) {
            if (!part.isBlank()) {
                set.add(part.trim().toLowerCase(Locale.ROOT));
            }
        }
        return new LanguageConfig(set);
    }
}
