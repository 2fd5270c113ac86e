package org.retour.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.retour.model.Attribution;
import org.retour.model.Coding;
import org.retour.model.DateMention;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Figure;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * The analysis that a second annotation of a gold article stands for: its quotes with their speakers and voices,
 * its narratives as codings, and its entities, dates and figures when it has them, so that every evaluator scores
 * one coder's annotation against another's as it scores Retour's analysis against gold.
 *
 * <p>Design decision: agreement between two coders is measured by the very scorer that measures Retour, so that
 * the two figures stand side by side on the same terms (the same overlap thresholds, the same name comparison).
 * A second annotation states no cue, no nesting and no holder; the scorer does not read them.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnnotationAnalysis {

    /** The coder named on the codings of a second annotation. */
    static final String CODER = "human:second";

    private AnnotationAnalysis() {
    }

    /** The analysis that {@code annotation} stands for, on its own body, language and date. */
    public static Analysis of(GoldDocument annotation) {
        Analysis a = Analysis.of(annotation.toDocument());
        a = a.with(Layers.QUOTES, quotes(annotation));
        a = a.with(Layers.CODINGS, codings(annotation));
        if (annotation.entities() != null) {
            a = a.with(Layers.PERSONS, entities(annotation, EntityType.PERSON, "P"));
            a = a.with(Layers.ORGANIZATIONS, entities(annotation, EntityType.ORGANIZATION, "O"));
            a = a.with(Layers.PLACES, entities(annotation, EntityType.PLACE, "L"));
        }
        if (annotation.dates() != null) {
            a = a.with(Layers.DATES, annotation.dates().stream().filter(d -> d.span() != null)
                    .map(d -> new DateMention(d.span(), d.text(), d.value(), d.precision())).toList());
        }
        if (annotation.figures() != null) {
            a = a.with(Layers.FIGURES, annotation.figures().stream().filter(f -> f.span() != null)
                    .map(f -> new Figure(f.span(), f.text(), f.value(), null, null, false, null, null, null, f.source()))
                    .toList());
        }
        return a;
    }

    private static List<Quote> quotes(GoldDocument annotation) {
        List<Quote> out = new ArrayList<>();
        for (GoldQuote q : annotation.quotes() == null ? List.<GoldQuote>of() : annotation.quotes()) {
            if (q.span() == null) {
                continue; // a quote of the headline, which the body does not hold
            }
            Voice voice = q.speakerRole() == null ? Voice.UNKNOWN : Voice.fromLabel(q.speakerRole());
            boolean named = q.speaker() != null && !q.speaker().isBlank();
            boolean anybody = named || q.speakerMention() != null || q.speakerRole() != null;
            Attribution attribution = anybody
                    ? new Attribution.Contextual(new Speaker(null, named ? q.speaker() : null,
                            named ? null : q.speakerMention(), null, voice))
                    : new Attribution.Unattributed();
            out.add(new Quote("Q" + (out.size() + 1), q.span(), q.text(), false, null, annotation.lang(), attribution));
        }
        return out;
    }

    private static List<Coding> codings(GoldDocument annotation) {
        List<Coding> out = new ArrayList<>();
        for (GoldNarrative n : annotation.narratives() == null ? List.<GoldNarrative>of() : annotation.narratives()) {
            if (n.span() != null) {
                out.add(new Coding(n.code(), n.span(), null, null, null, 1.0, CODER, n.evidence()));
            }
        }
        return out;
    }

    /** The entities of one type, one per canonical name (or text), with every mention the annotation gives. */
    private static List<Entity> entities(GoldDocument annotation, EntityType type, String prefix) {
        Map<String, List<GoldEntity>> byName = new LinkedHashMap<>();
        for (GoldEntity e : annotation.entities()) {
            if (e.type() == type && e.span() != null) {
                String key = Names.normalize(e.canonical() != null ? e.canonical() : e.text());
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        List<Entity> out = new ArrayList<>();
        for (List<GoldEntity> same : byName.values()) {
            GoldEntity first = same.get(0);
            List<Mention> mentions = same.stream()
                    .map(e -> new Mention(e.span(), e.text(), Mention.Kind.NAME)).toList();
            List<String> aliases = same.stream().map(GoldEntity::text).distinct()
                    .filter(t -> !t.equals(first.canonical())).toList();
            out.add(new Entity(prefix + (out.size() + 1), type,
                    first.canonical() != null ? first.canonical() : first.text(), aliases, null, first.country(),
                    mentions));
        }
        return out;
    }
}
