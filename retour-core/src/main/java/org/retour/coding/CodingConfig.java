package org.retour.coding;

import java.util.Objects;

/**
 * How narratives are coded: with which codebook, which trained model beside the rules, and whose views.
 *
 * @param codebook  the codebook, or null for the standard one
 * @param model     the model beside the rules: the bundled one (for the standard codebook only), none, or one
 *                  trained on this codebook
 * @param allVoices whether officials', researchers' and journalists' own views are coded too
 */
public record CodingConfig(Codebook codebook, ModelChoice model, boolean allVoices) {

    /** The standard codebook, the rules with the bundled model, defectors' and returnees' views only. */
    public static final CodingConfig DEFAULT = new CodingConfig(null, ModelChoice.STANDARD, false);

    public CodingConfig {
        Objects.requireNonNull(model, "model choice");
        if (model instanceof ModelChoice.Trained t) {
            t.model().requireCodebook(codebook == null ? Codebook.standard() : codebook, "the model");
        }
    }

    /** The codebook in use: the given one or the standard one. */
    public Codebook codebookOrDefault() {
        return codebook == null ? Codebook.standard() : codebook;
    }

    /** This configuration with another codebook. */
    public CodingConfig withCodebook(Codebook c) {
        return new CodingConfig(Objects.requireNonNull(c), model, allVoices);
    }

    /** This configuration with a trained model beside the rules. */
    public CodingConfig withModel(LinearModel m) {
        return new CodingConfig(codebook, new ModelChoice.Trained(m), allVoices);
    }

    /** This configuration coding with the rules alone. */
    public CodingConfig withRulesOnly() {
        return new CodingConfig(codebook, ModelChoice.RULES_ONLY, allVoices);
    }

    /** This configuration coding every voice's views or only defectors' and returnees'. */
    public CodingConfig withAllVoices(boolean all) {
        return new CodingConfig(codebook, model, all);
    }

    /**
     * The model that codes beside the rules, or null for the rules alone: the bundled model is used only with
     * the codebook it was trained on (the standard one, or a copy of it with the same id, version and codes).
     */
    public LinearModel modelInUse() {
        return switch (model) {
            case ModelChoice.RulesOnly r -> null;
            case ModelChoice.Trained t -> t.model();
            case ModelChoice.Standard s -> LinearModel.standard().trainedOn(codebookOrDefault()) ? LinearModel.standard() : null;
        };
    }

    /**
     * Whether the bundled model was chosen but does not apply, as the codebook is not the one it was trained
     * on: the rules then code alone.
     */
    public boolean bundledModelLeftOut() {
        return model instanceof ModelChoice.Standard && modelInUse() == null;
    }

    /** Whether the bundled model codes beside the rules. */
    public boolean usesBundledModel() {
        return model instanceof ModelChoice.Standard && modelInUse() != null;
    }

    /** The coder this configuration describes. */
    public Coder coder() {
        Codebook cb = codebookOrDefault();
        RuleCoder rules = new RuleCoder(cb, CodingLexicon.standard(), allVoices);
        LinearModel m = modelInUse();
        return m == null ? rules : new CombinedCoder(rules, new LinearCoder(m, cb, CodingLexicon.standard(), allVoices));
    }
}
