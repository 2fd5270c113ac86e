package org.retour.coding;

import java.util.Objects;

/** Which trained model codes narratives together with the rules. */
public sealed interface ModelChoice {

    /** The model that ships with Retour. */
    ModelChoice STANDARD = new Standard();
    /** The rules alone. */
    ModelChoice RULES_ONLY = new RulesOnly();

    /**
     * The model that ships with Retour ({@link LinearModel#standard()}), trained on its development gold for
     * the standard codebook; with any other codebook, the rules code alone.
     */
    record Standard() implements ModelChoice {
    }

    /** The rules alone. */
    record RulesOnly() implements ModelChoice {
    }

    /** A model trained by {@code retour train}. */
    record Trained(LinearModel model) implements ModelChoice {
        public Trained {
            Objects.requireNonNull(model);
        }
    }
}
