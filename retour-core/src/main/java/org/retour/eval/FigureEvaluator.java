package org.retour.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.model.Entity;
import org.retour.model.Figure;
import org.retour.pipeline.Layers;

/**
 * Scores predicted figures against gold figures: found when a predicted figure overlaps the gold text
 * (one-to-one, largest overlap first); its value is right when equal to the gold value, its source
 * when both are absent, or the gold source's last word is a word of the predicted source, or both
 * name one organisation of the analysis ("ISD" for "Institute for Strategic Dialogue" when the article
 * defines the acronym). Articles without gold figures (key absent) are skipped.
 */
public final class FigureEvaluator {

    /** Scores every case, per language and overall ({@code full}: value and source right). */
    public LanguageReport<SpanScores> evaluate(List<EvalCase> cases) {
        Map<String, SpanScores> byLang = new HashMap<>();
        SpanScores overall = SpanScores.EMPTY;
        List<EvalError> errors = new ArrayList<>();
        for (EvalCase c : cases) {
            if (c.gold().figures() == null) {
                continue;
            }
            String id = c.gold().id();
            String lang = c.gold().lang();
            List<GoldFigure> gold = c.gold().figures();
            List<Figure> predicted = c.predicted().list(Layers.FIGURES);
            List<Matching.Pair> pairs = Matching.greedy(gold, predicted, (g, p) -> g.span().overlap(p.span()), 1);
            boolean[] hit = new boolean[gold.size()];
            int valueOk = 0;
            int fullOk = 0;
            for (Matching.Pair m : pairs) {
                hit[m.gold()] = true;
                GoldFigure g = gold.get(m.gold());
                Figure p = predicted.get(m.predicted());
                boolean v = sameValue(g.value(), p.value());
                boolean s = sourceCorrect(g.source(), p.source())
                        || sameOrganisation(g.source(), p.source(), c.predicted().list(Layers.ORGANIZATIONS));
                valueOk += v ? 1 : 0;
                fullOk += v && s ? 1 : 0;
                if (!v || !s) {
                    errors.add(new EvalError(id, lang, EvalError.Kind.WRONG_FIGURE, g.text(),
                            "expected " + format(g.value()) + " from " + g.source() + ", found "
                                    + format(p.value()) + " from " + p.source()));
                }
            }
            for (int i = 0; i < gold.size(); i++) {
                if (!hit[i]) {
                    errors.add(new EvalError(id, lang, EvalError.Kind.MISSED_FIGURE, gold.get(i).text(),
                            format(gold.get(i).value()) + " from " + gold.get(i).source()));
                }
            }
            boolean[] matched = new boolean[predicted.size()];
            pairs.forEach(m -> matched[m.predicted()] = true);
            for (int i = 0; i < predicted.size(); i++) {
                if (!matched[i]) {
                    Figure p = predicted.get(i);
                    errors.add(new EvalError(id, lang, EvalError.Kind.FALSE_FIGURE, p.text(),
                            format(p.value()) + " from " + p.source()));
                }
            }
            SpanScores s = new SpanScores(1, gold.size(), predicted.size(),
                    Prf.of(pairs.size(), predicted.size(), gold.size()), new Ratio(valueOk, gold.size()),
                    new Ratio(fullOk, gold.size()));
            byLang.merge(lang, s, SpanScores::plus);
            overall = overall.plus(s);
        }
        return new LanguageReport<>(byLang, overall, errors);
    }

    static boolean sameValue(double gold, double predicted) {
        return Math.abs(gold - predicted) <= 1e-6 * Math.max(1, Math.abs(gold));
    }

    /** Both absent, or the gold source's last word is a word of the predicted source. */
    static boolean sourceCorrect(String gold, String predicted) {
        boolean pNone = predicted == null || predicted.isBlank();
        if (gold == null || gold.isBlank()) {
            return pNone;
        }
        return !pNone && Names.lastWordIn(gold, predicted);
    }

    /** Whether both sources are names of one organisation: its canonical name, an alias or a mention. */
    static boolean sameOrganisation(String gold, String predicted, List<Entity> organisations) {
        if (gold == null || gold.isBlank() || predicted == null || predicted.isBlank()) {
            return false;
        }
        for (Entity org : organisations) {
            List<String> names = new ArrayList<>(org.aliases());
            names.add(org.canonical());
            org.mentions().forEach(m -> names.add(m.text()));
            if (names.stream().anyMatch(predicted::equals) && names.stream().anyMatch(n -> Names.lastWordIn(gold, n))) {
                return true;
            }
        }
        return false;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
