package org.retour.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.retour.pipeline.Pipeline;

/** Analyses gold articles with a pipeline and scores the analyses with every evaluator. */
public final class GoldEvaluation {

    private final Pipeline pipeline;

    /** An evaluation of {@code pipeline} (normally {@link org.retour.analyze.StandardPipeline}'s). */
    public GoldEvaluation(Pipeline pipeline) {
        this.pipeline = java.util.Objects.requireNonNull(pipeline, "pipeline");
    }

    /** The analyses of the gold articles' bodies, with their declared language and date. */
    public List<EvalCase> analyse(List<GoldDocument> gold) {
        return gold.stream().map(g -> new EvalCase(g, pipeline.analyze(g.toDocument()))).toList();
    }

    /**
     * The cases that score a second annotation of the same articles against {@code reference} (coders'
     * agreement): each article the two annotations share, by id, with the second annotation standing in for the
     * analysis ({@link AnnotationAnalysis}); what the second annotation leaves out (entities, say) is not scored.
     *
     * @throws IllegalArgumentException when they share no article, or an article's body differs between them
     */
    public static List<EvalCase> against(List<GoldDocument> reference, List<GoldDocument> second) {
        Map<String, GoldDocument> byId = new java.util.HashMap<>();
        second.forEach(d -> byId.put(d.id(), d));
        List<EvalCase> cases = new java.util.ArrayList<>();
        for (GoldDocument g : reference) {
            GoldDocument other = byId.get(g.id());
            if (other == null) {
                continue;
            }
            if (!other.body().equals(g.body())) {
                throw new IllegalArgumentException("article " + g.id() + ": the two annotations are of different texts");
            }
            cases.add(new EvalCase(sharedKeys(g, other), AnnotationAnalysis.of(other)));
        }
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("the two annotations share no article (articles are paired by id)");
        }
        return cases;
    }

    /** {@code reference} without the annotation lists that {@code second} does not have, so they are not scored. */
    private static GoldDocument sharedKeys(GoldDocument reference, GoldDocument second) {
        return new GoldDocument(reference.id(), reference.lang(), reference.url(), reference.title(),
                reference.published(), reference.body(), second.quotes() == null ? null : reference.quotes(),
                second.narratives() == null ? null : reference.narratives(),
                second.entities() == null ? null : reference.entities(),
                second.dates() == null ? null : reference.dates(),
                second.figures() == null ? null : reference.figures());
    }

    /** Analyses and scores {@code gold}. */
    public EvaluationReport evaluate(List<GoldDocument> gold) {
        return score(analyse(gold));
    }

    /** Scores analyses already made. */
    public static EvaluationReport score(List<EvalCase> cases) {
        return score(cases, null);
    }

    /**
     * Scores analyses already made, checking each missed narrative evidence against {@code everyVoice}, the
     * analysis' coder coding every voice's views (null: no check).
     */
    public static EvaluationReport score(List<EvalCase> cases, org.retour.coding.Coder everyVoice) {
        Map<String, Integer> perLang = new TreeMap<>();
        cases.forEach(c -> perLang.merge(c.gold().lang(), 1, Integer::sum));
        return new EvaluationReport(cases.size(), perLang,
                new QuoteEvaluator().evaluate(cases),
                new EntityEvaluator().evaluate(cases),
                new DateEvaluator().evaluate(cases),
                new FigureEvaluator().evaluate(cases),
                new NarrativeEvaluator(everyVoice).evaluate(cases));
    }
}
