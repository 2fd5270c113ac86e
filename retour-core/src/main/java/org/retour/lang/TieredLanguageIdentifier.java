package org.retour.lang;

import java.util.Objects;
import org.retour.model.DetectedLanguage;

/**
 * Identifies a document's language from its function words when they leave no doubt, and with
 * Lingua otherwise.
 *
 * <p>Design decision: a news article of a few kilobytes carries dozens of function words of its
 * language; when they outnumber every other language's {@value #RATIO} to one, Lingua (about half a
 * millisecond for a paragraph, a quarter of the whole analysis budget) could only agree. Short,
 * mixed or unusual texts still go to Lingua. Thread-safe.
 */
public final class TieredLanguageIdentifier implements LanguageIdentifier {

    /** Function words needed to decide without Lingua. */
    static final int MIN_HITS = 12;
    /** How far the first language must lead the second. */
    static final int RATIO = 4;
    /** How much of the text the function words are counted on. */
    static final int WINDOW = 2000;

    private final FunctionWordProfile profile;
    private final LanguageIdentifier fallback;
    private final LanguageConfig config;

    public TieredLanguageIdentifier(FunctionWordProfile profile, LanguageIdentifier fallback, LanguageConfig config) {
        this.profile = Objects.requireNonNull(profile);
        this.fallback = Objects.requireNonNull(fallback);
        this.config = Objects.requireNonNull(config);
    }

    /** Function words first, then Lingua for {@code config}'s languages. */
    public static TieredLanguageIdentifier forConfig(LanguageConfig config) {
        return new TieredLanguageIdentifier(FunctionWordProfile.bundled(), LinguaLanguageIdentifier.forConfig(config),
                config);
    }

    @Override
    public DetectedLanguage identify(CharSequence text) {
        String s = text.toString();
        String lang = profile.dominant(s, 0, Math.min(s.length(), WINDOW), MIN_HITS, RATIO);
        if (lang != null && config.languages().contains(lang)) {
            return new DetectedLanguage(lang, 0.99, false);
        }
        return fallback.identify(text);
    }
}
