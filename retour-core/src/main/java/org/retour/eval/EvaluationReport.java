package org.retour.eval;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every score of one evaluation run: quotes and speakers, entities, dates, figures and narratives, each
 * per language and overall.
 *
 * @param documents          articles evaluated
 * @param documentsPerLanguage articles per language
 * @param quotes             quote and speaker scores
 * @param entities           entity scores
 * @param dates              date scores
 * @param figures            figure scores
 * @param narratives         narrative scores
 */
public record EvaluationReport(int documents, Map<String, Integer> documentsPerLanguage,
                               LanguageReport<QuoteScores> quotes, LanguageReport<EntityScores> entities,
                               LanguageReport<SpanScores> dates, LanguageReport<SpanScores> figures,
                               LanguageReport<NarrativeScores> narratives) {

    public EvaluationReport {
        documentsPerLanguage = Collections.unmodifiableMap(new TreeMap<>(documentsPerLanguage));
    }
}
