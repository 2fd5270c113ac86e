package org.retour.analyze;

import java.util.Objects;
import org.retour.lang.LanguageConfig;

/**
 * The configuration of the standard analysis, validated on construction.
 *
 * @param languages          the languages detection may choose from
 * @param sentenceLanguages  whether each sentence gets its own language where it differs from the document's
 */
public record AnalyzerConfig(LanguageConfig languages, boolean sentenceLanguages) {

    /** The defaults: the nine default languages, sentence languages on. */
    public static final AnalyzerConfig DEFAULT = new AnalyzerConfig(LanguageConfig.DEFAULT, true);

    public AnalyzerConfig {
        Objects.requireNonNull(languages, "languages");
    }

    /** This configuration with other languages. */
    public AnalyzerConfig withLanguages(LanguageConfig l) {
        return new AnalyzerConfig(l, sentenceLanguages);
    }
}
