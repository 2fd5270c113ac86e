package org.retour.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.model.DateMention;
import org.retour.pipeline.Layers;

/**
 * Scores predicted dates against gold dates: found when a predicted date overlaps the gold text
 * (one-to-one, largest overlap first), right when its value is the gold value. Articles without gold
 * dates (key absent) are skipped. The errors list each missed, wrong and false date.
 */
public final class DateEvaluator {

    /** Scores every case, per language and overall ({@code full} equals {@code value} for dates). */
    public LanguageReport<SpanScores> evaluate(List<EvalCase> cases) {
        Map<String, SpanScores> byLang = new HashMap<>();
        SpanScores overall = SpanScores.EMPTY;
        List<EvalError> errors = new ArrayList<>();
        for (EvalCase c : cases) {
            if (c.gold().dates() == null) {
                continue;
            }
            String id = c.gold().id();
            String lang = c.gold().lang();
            List<GoldDate> gold = c.gold().dates();
            List<DateMention> predicted = c.predicted().list(Layers.DATES);
            List<Matching.Pair> pairs = Matching.greedy(gold, predicted, (g, p) -> g.span().overlap(p.span()), 1);
            boolean[] hit = new boolean[gold.size()];
            boolean[] found = new boolean[predicted.size()];
            Ratio value = Ratio.ZERO;
            for (Matching.Pair m : pairs) {
                hit[m.gold()] = true;
                found[m.predicted()] = true;
                GoldDate g = gold.get(m.gold());
                DateMention p = predicted.get(m.predicted());
                boolean ok = g.value().equalsIgnoreCase(p.value() == null ? "" : p.value());
                value = value.add(ok);
                if (!ok) {
                    errors.add(new EvalError(id, lang, EvalError.Kind.WRONG_DATE, g.text(),
                            "expected " + g.value() + ", found " + p.value() + " from '" + p.text() + "'"));
                }
            }
            for (int i = 0; i < gold.size(); i++) {
                if (!hit[i]) {
                    errors.add(new EvalError(id, lang, EvalError.Kind.MISSED_DATE, gold.get(i).text(),
                            "expected " + gold.get(i).value()));
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!found[i]) {
                    errors.add(new EvalError(id, lang, EvalError.Kind.FALSE_DATE, predicted.get(i).text(),
                            "found " + predicted.get(i).value()));
                }
            }
            value = new Ratio(value.correct(), gold.size());
            SpanScores s = new SpanScores(1, gold.size(), predicted.size(),
                    Prf.of(pairs.size(), predicted.size(), gold.size()), value, value);
            byLang.merge(lang, s, SpanScores::plus);
            overall = overall.plus(s);
        }
        return new LanguageReport<>(byLang, overall, errors);
    }
}
