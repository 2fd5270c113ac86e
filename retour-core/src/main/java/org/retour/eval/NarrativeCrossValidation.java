package org.retour.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.retour.coding.Codebook;
import org.retour.coding.Coder;
import org.retour.coding.CodingLexicon;
import org.retour.coding.CombinedCoder;
import org.retour.coding.GoldTrainingSet;
import org.retour.coding.LinearCoder;
import org.retour.coding.LinearTrainer;
import org.retour.coding.RuleCoder;
import org.retour.coding.TrainingExample;
import org.retour.model.Span;
import org.retour.pipeline.Layers;

/**
 * K-fold cross-validation of narrative coding by article: the learning coder is trained on the gold
 * narratives of k-1 folds and every coder (rules alone, model alone, rules and model combined) codes the
 * articles of the held-out fold, so that no article is scored by a model that saw it. Article {@code i}
 * (in the order given) falls in fold {@code i mod k}. Whatever the trainer tunes (its calibration and
 * thresholds) it tunes on its own inner folds of the training articles, never on the held-out fold.
 */
public final class NarrativeCrossValidation {

    /** The coders compared, in report order. */
    public static final List<String> MODES = List.of("rules", "model", "combined");

    /**
     * The held-out scores of each coder.
     *
     * @param folds   the number of folds
     * @param scores  per coder ({@link #MODES}), the narrative scores over all held-out articles
     * @param seconds the time spent training, over all folds
     */
    public record Result(int folds, Map<String, LanguageReport<NarrativeScores>> scores, double seconds) {
        public Result {
            scores = Map.copyOf(scores);
        }
    }

    /**
     * One fold: the articles it scores and the examples the model that scores them is trained on.
     *
     * @param test  the held-out articles
     * @param train the training examples, from the other folds' articles only (grouped by article id)
     */
    public record Fold(List<EvalCase> test, List<TrainingExample> train) {
        public Fold {
            test = List.copyOf(test);
            train = List.copyOf(train);
        }
    }

    private final Codebook codebook;
    private final LinearTrainer trainer;

    /** A cross-validation of coders of {@code codebook}, training with {@code trainer}. */
    public NarrativeCrossValidation(Codebook codebook, LinearTrainer trainer) {
        this.codebook = Objects.requireNonNull(codebook);
        this.trainer = Objects.requireNonNull(trainer);
    }

    /**
     * The {@code k} folds of the gold articles {@code cases} that have narratives: article {@code i} (in
     * that order) is held out in fold {@code i mod k} and trained on in every other.
     */
    public static List<Fold> folds(List<EvalCase> cases, int k) {
        List<EvalCase> withGold = cases.stream().filter(c -> c.gold().narratives() != null).toList();
        if (k < 2 || k > withGold.size()) {
            throw new IllegalArgumentException("cannot cross-validate with " + k + " folds on " + withGold.size()
                    + " articles with narratives; give 2 to " + withGold.size() + " folds");
        }
        List<Fold> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<TrainingExample> train = new ArrayList<>();
            List<EvalCase> test = new ArrayList<>();
            for (int i = 0; i < withGold.size(); i++) {
                if (i % k == f) {
                    test.add(withGold.get(i));
                } else {
                    train.addAll(examples(withGold.get(i).gold()));
                }
            }
            out.add(new Fold(test, train));
        }
        return out;
    }

    /** Cross-validates on the analysed gold articles {@code cases} (those without narratives are skipped). */
    public Result run(List<EvalCase> cases, int k) {
        List<Fold> folds = folds(cases, k);
        Map<String, List<EvalCase>> coded = new LinkedHashMap<>();
        MODES.forEach(m -> coded.put(m, new ArrayList<>()));
        RuleCoder rules = RuleCoder.of(codebook);
        double seconds = 0;
        for (Fold fold : folds) {
            List<EvalCase> test = fold.test();
            LinearTrainer.Result r = trainer.train(fold.train(), codebook);
            seconds += r.seconds();
            LinearCoder model = new LinearCoder(r.model(), codebook, CodingLexicon.standard(), rules.allVoices());
            Map<String, Coder> coders = Map.of("rules", rules, "model", model, "combined", new CombinedCoder(rules, model));
            for (EvalCase c : test) {
                for (String m : MODES) {
                    coded.get(m).add(new EvalCase(c.gold(), c.predicted().with(Layers.CODINGS,
                            coders.get(m).code(c.predicted()))));
                }
            }
        }
        Map<String, LanguageReport<NarrativeScores>> scores = new LinkedHashMap<>();
        NarrativeEvaluator evaluator = new NarrativeEvaluator();
        coded.forEach((m, list) -> scores.put(m, evaluator.evaluate(list)));
        return new Result(k, scores, seconds);
    }

    /** The training examples of one gold article: its evidences with their codes, its other sentences as negatives. */
    static List<TrainingExample> examples(GoldDocument g) {
        Map<String, Set<String>> byEvidence = new LinkedHashMap<>();
        List<Span> spans = new ArrayList<>();
        for (GoldNarrative n : g.narratives()) {
            byEvidence.computeIfAbsent(n.evidence(), e -> new TreeSet<>()).add(n.code());
            spans.add(n.span());
        }
        return GoldTrainingSet.examples(g.id(), g.body(), g.lang(), byEvidence, spans);
    }
}
