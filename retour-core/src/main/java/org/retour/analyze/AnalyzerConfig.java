package org.retour.analyze;

import java.nio.file.Path;
import java.util.Objects;
import org.retour.coding.CodingConfig;
import org.retour.lang.LanguageConfig;

/**
 * The configuration of the standard analysis, validated on construction.
 *
 * @param languages          the languages detection may choose from
 * @param sentenceLanguages  whether each sentence gets its own language where it differs from the document's
 * @param aliases            a file of organisation aliases that extends the bundled table, or null
 * @param coding             the codebook, model and voices of narrative coding
 */
public record AnalyzerConfig(LanguageConfig languages, boolean sentenceLanguages, Path aliases, CodingConfig coding) {

    /** The defaults: the nine default languages, sentence languages on, bundled aliases, the standard codebook. */
    public static final AnalyzerConfig DEFAULT = new AnalyzerConfig(LanguageConfig.DEFAULT, true, null, CodingConfig.DEFAULT);

    public AnalyzerConfig {
        Objects.requireNonNull(languages, "languages");
        coding = coding == null ? CodingConfig.DEFAULT : coding;
    }

    /** A configuration with the bundled aliases and the default coding. */
    public AnalyzerConfig(LanguageConfig languages, boolean sentenceLanguages) {
        this(languages, sentenceLanguages, null, CodingConfig.DEFAULT);
    }

    /** This configuration with other languages. */
    public AnalyzerConfig withLanguages(LanguageConfig l) {
        return new AnalyzerConfig(l, sentenceLanguages, aliases, coding);
    }

    /** This configuration with other coding settings. */
    public AnalyzerConfig withCoding(CodingConfig c) {
        return new AnalyzerConfig(languages, sentenceLanguages, aliases, c);
    }

    /** This configuration with an aliases file that extends the bundled table. */
    public AnalyzerConfig withAliases(Path file) {
        return new AnalyzerConfig(languages, sentenceLanguages, file, coding);
    }
}
