package org.retour.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores per language and over all articles, with the errors found.
 *
 * @param languages scores per ISO 639-1 code, sorted by code
 * @param overall   scores over every article
 * @param errors    misses and false predictions, in article order
 * @param <S>       the scores' type
 */
public record LanguageReport<S>(Map<String, S> languages, S overall, List<EvalError> errors) {

    public LanguageReport {
        languages = java.util.Collections.unmodifiableMap(new TreeMap<>(languages));
        errors = List.copyOf(errors);
    }
}
