package org.retour.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Codes segments with the rule coder and a trained model together: for each code one confidence,
 * calibrated on held-out training data from the model's score and whether a cue fired. A cue's code is
 * kept unless the model's confidence falls below the code's veto (the trainer sets none: a veto never
 * raised held-out F1); a code no cue found is given when the model's confidence reaches the rescue
 * threshold, one for all codes, chosen on held-out folds for article-level F1 (see
 * {@link ArticleThresholds}), and never when rescuing did not raise it, nor in a segment of fewer than
 * {@value LinearModel#MIN_WORDS} words.
 *
 * <p>Immutable and thread-safe.
 */
public final class CombinedCoder extends SegmentCoder {

    private final RuleCoder rules;
    private final LinearCoder linear;
    private final int[] modelIndex;
    /** The codebook's code ids, in its order. */
    private final List<String> ids;
    private final String name;

    /** Combines {@code rules} with {@code linear}, whose model must be trained on the rules' codebook. */
    public CombinedCoder(RuleCoder rules, LinearCoder linear) {
        super(rules.segmenter());
        this.rules = Objects.requireNonNull(rules);
        this.linear = Objects.requireNonNull(linear);
        linear.model().requireCodebook(rules.codebook(), "the model");
        this.ids = List.copyOf(rules.codebook().codeIds());
        this.modelIndex = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            modelIndex[i] = linear.model().codes().indexOf(ids.get(i));
        }
        this.name = rules.name() + "+" + linear.name();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Codebook codebook() {
        return rules.codebook();
    }

    @Override
    List<Judgement> judge(CueTokens tokens, CueIndex.Found found, String text, String language, boolean direct) {
        List<RuleCoder.Hit> hits = RuleCoder.hitList(tokens, found, text, direct);
        boolean rescues = LinearModel.longEnough(tokens.size());
        if (hits.isEmpty() && (!rescues || linear.model().rescuesNone())) {
            // no cue fired and the model gives no code on its own: its score would change nothing
            return List.of();
        }
        // the thread's arrays, read only until this segment is judged
        boolean[] fired = linear.model().noneFired();
        for (int h = 0; h < hits.size(); h++) {
            fired[modelIndex[ids.indexOf(hits.get(h).code())]] = true;
        }
        double[] scores = linear.scoresInPlace(tokens, fired);
        List<Judgement> out = null;
        for (int i = 0; i < ids.size(); i++) {
            RuleCoder.Hit hit = hitOf(hits, ids.get(i));
            int k = modelIndex[i];
            if (hit == null && (!rescues || !linear.model().mayRescue(k, scores[k]))) {
                continue;
            }
            double conf = linear.model().confidence(k, scores[k], hit != null);
            if (linear.model().givesCombined(k, conf, hit != null)) {
                if (!direct) {
                    conf *= 0.95;
                }
                String evidence = hit != null ? hit.evidence() : linear.evidence(tokens, k);
                String coder = hit != null ? name : linear.name();
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(new Judgement(ids.get(i), conf, coder, evidence));
            }
        }
        return out == null ? List.of() : out;
    }

    /** The hit of {@code code} among {@code hits} (a segment's few), or null. */
    private static RuleCoder.Hit hitOf(List<RuleCoder.Hit> hits, String code) {
        for (int h = 0; h < hits.size(); h++) {
            if (hits.get(h).code().equals(code)) {
                return hits.get(h);
            }
        }
        return null;
    }
}
