package org.retour.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Codes segments with a trained {@link LinearModel} alone: a code when its calibrated confidence reaches
 * the code's threshold, the one that maximised article-level F1 on the training data's held-out
 * folds. Evidence names the features that weigh most for the code.
 *
 * <p>Immutable and thread-safe.
 */
public final class LinearCoder extends SegmentCoder {

    private final LinearModel model;
    private final Codebook codebook;
    private final String name;
    private final CueWords cueWords;

    /**
     * A coder for {@code model}, which must have been trained on {@code codebook}, with every voice's views
     * or only defectors' and returnees'.
     */
    public LinearCoder(LinearModel model, Codebook codebook, CodingLexicon lexicon, boolean allVoices) {
        super(new TestimonySegmenter(new CueIndex(Objects.requireNonNull(codebook), lexicon), allVoices));
        this.model = Objects.requireNonNull(model);
        this.codebook = Objects.requireNonNull(codebook);
        model.requireCodebook(codebook, "the model");
        this.name = "model@" + model.hash();
        this.cueWords = new CueWords(codebook);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Codebook codebook() {
        return codebook;
    }

    /** The model. */
    public LinearModel model() {
        return model;
    }

    /** The raw score of each code for {@code tokens}, whose cues found the codes {@code fired}, in the model's code order. */
    double[] scores(CueTokens tokens, boolean[] fired) {
        return model.scores(tokens, fired, cueWords);
    }

    /** The scores of {@link #scores}, in the thread's array of {@link LinearModel#scoresInPlace}. */
    double[] scoresInPlace(CueTokens tokens, boolean[] fired) {
        return model.scoresInPlace(tokens, fired, cueWords);
    }

    @Override
    List<Judgement> judge(CueTokens tokens, CueIndex.Found found, String text, String language, boolean direct) {
        boolean[] fired = model.codesAmong(RuleCoder.hits(tokens, found, text, direct).keySet());
        double[] s = scores(tokens, fired);
        List<Judgement> out = new ArrayList<>();
        boolean longEnough = LinearModel.longEnough(tokens.size());
        for (int k = 0; k < s.length; k++) {
            double conf = model.confidence(k, s[k], fired[k]);
            if (model.givesAlone(k, conf) && (fired[k] || longEnough)) { // "and the" holds no view
                out.add(new Judgement(model.codes().get(k), conf, name, evidence(tokens, k)));
            }
        }
        return out;
    }

    /** The three word features that weigh most for code number {@code k}, as "features: a, b, c". */
    String evidence(CueTokens tokens, int k) {
        List<FeatureHasher.Named> named = new ArrayList<>(model.hasher().names(tokens));
        named.sort(Comparator.comparingDouble((FeatureHasher.Named n) -> -model.weight(n.index(), k)));
        Set<String> top = new LinkedHashSet<>();
        for (FeatureHasher.Named n : named) {
            if (model.weight(n.index(), k) <= 0 || top.size() == 3) {
                break;
            }
            top.add(n.name());
        }
        return top.isEmpty() ? "model score" : "features: " + String.join(", ", top);
    }
}
