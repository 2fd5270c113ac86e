package org.retour.eval;

import java.util.Objects;
import org.retour.pipeline.Analysis;

/** A gold article and the analysis of its body, which evaluators compare. */
public record EvalCase(GoldDocument gold, Analysis predicted) {

    public EvalCase {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        if (!gold.body().equals(predicted.text())) {
            throw new IllegalArgumentException("analysis of another text than gold article " + gold.id());
        }
    }
}
