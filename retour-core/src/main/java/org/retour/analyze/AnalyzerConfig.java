package org.retour.analyze;

import java.nio.file.Path;
import java.util.Objects;
import org.retour.lang.LanguageConfig;

/**
 * The configuration of the standard analysis, validated on construction.
 *
 * @param languages          the languages detection may choose from
 * @param sentenceLanguages  whether each sentence gets its own language where it differs from the document's
 * @param aliases            a file of organisation aliases that extends the bundled table, or null
 */
public record AnalyzerConfig(LanguageConfig languages, boolean sentenceLanguages, Path aliases) {

    /** The defaults: the nine default languages, sentence languages on. */
    public static final AnalyzerConfig DEFAULT = new AnalyzerConfig(LanguageConfig.DEFAULT, true);

    public AnalyzerConfig {
        Objects.requireNonNull(languages, "languages");
    }

    /** A configuration with the bundled aliases only. */
    public AnalyzerConfig(LanguageConfig languages, boolean sentenceLanguages) {
        this(languages, sentenceLanguages, null);
    }

    /** This configuration with other languages. */
    public AnalyzerConfig withLanguages(LanguageConfig l) {
        return new AnalyzerConfig(l, sentenceLanguages, aliases);
    }

    /** This configuration with an aliases file that extends the bundled table. */
    public AnalyzerConfig withAliases(Path file) {
        return new AnalyzerConfig(languages, sentenceLanguages, file);
    }
}
