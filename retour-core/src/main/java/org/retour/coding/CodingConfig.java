package org.retour.coding;

import java.util.Objects;

/**
 * How narratives are coded: with which codebook, which trained model if any, and whose views.
 *
 * @param codebook  the codebook
 * @param model     a model trained on this codebook, or null to code by rules alone
 * @param allVoices whether officials', researchers' and journalists' own views are coded too
 */
public record CodingConfig(Codebook codebook, LinearModel model, boolean allVoices) {

    /** The standard codebook, rules alone, defectors' and returnees' views only. */
    public static final CodingConfig DEFAULT = new CodingConfig(null, null, false);

    public CodingConfig {
        if (model != null && codebook != null) {
            model.requireCodebook(codebook, "the model");
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

    /** This configuration with a trained model. */
    public CodingConfig withModel(LinearModel m) {
        if (m != null) {
            m.requireCodebook(codebookOrDefault(), "the model");
        }
        return new CodingConfig(codebook, m, allVoices);
    }

    /** This configuration coding every voice's views or only defectors' and returnees'. */
    public CodingConfig withAllVoices(boolean all) {
        return new CodingConfig(codebook, model, all);
    }

    /** The coder this configuration describes. */
    public Coder coder() {
        Codebook cb = codebookOrDefault();
        RuleCoder rules = new RuleCoder(cb, CodingLexicon.standard(), allVoices);
        return model == null ? rules : new CombinedCoder(rules, new LinearCoder(model, cb, CodingLexicon.standard(), allVoices));
    }
}
