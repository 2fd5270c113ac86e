package org.retour.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.retour.model.DetectedLanguage;

/**
 * Identifies languages with Lingua, restricted to a configured set.
 *
 * <p>Lingua's models load once per process and language set ({@link #forConfig}). Thread-safe.
 *
 * <p>Design decision: Lingua runs in its low-accuracy mode (trigram models only), which loads in a
 * third of a second instead of two and is reliable on texts of a sentence or more; long texts are
 * judged on a window of their first {@value #WINDOW} characters, since Lingua's time grows with the
 * text while its answer does not change past a few sentences.
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {

    static final int WINDOW = 600;
    private static final Map<LanguageConfig, LinguaLanguageIdentifier> CACHE = new ConcurrentHashMap<>();

    private final LanguageDetector detector;

    private LinguaLanguageIdentifier(LanguageConfig config) {
        IsoCode639_1[] codes = config.languages().stream()
                .map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))
                .toArray(IsoCode639_1[]::new);
        this.detector = LanguageDetectorBuilder.fromIsoCodes639_1(codes)
                .withLowAccuracyMode()
                .build();
    }

    /** The shared identifier for {@code config}, loading its models on first use. */
    public static LinguaLanguageIdentifier forConfig(LanguageConfig config) {
        return CACHE.computeIfAbsent(config, LinguaLanguageIdentifier::new);
    }

    @Override
    public DetectedLanguage identify(CharSequence text) {
        String sample = window(text);
        if (!hasLetter(sample)) {
            return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0, false);
        }
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
        if (values.isEmpty()) {
            return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0, false);
        }
        Map.Entry<Language, Double> best = null;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        if (best.getKey() == Language.UNKNOWN) {
            return new DetectedLanguage(DetectedLanguage.UNDETERMINED, 0, false);
        }
        double conf = Math.max(0, Math.min(1, best.getValue()));
        return new DetectedLanguage(best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT), conf, false);
    }

    private static String window(CharSequence text) {
        if (text.length() <= WINDOW) {
            return text.toString();
        }
        int end = WINDOW;
        while (end > WINDOW / 2 && Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(0, end).toString();
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
