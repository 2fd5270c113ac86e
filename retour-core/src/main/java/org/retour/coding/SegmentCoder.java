package org.retour.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.model.Coding;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;

/** A coder that judges each segment a {@link TestimonySegmenter} finds, one segment at a time. */
abstract class SegmentCoder implements Coder {

    private final TestimonySegmenter segmenter;

    SegmentCoder(TestimonySegmenter segmenter) {
        this.segmenter = Objects.requireNonNull(segmenter);
    }

    /** Whether officials', researchers' and journalists' own views are coded too. */
    public final boolean allVoices() {
        return segmenter.allVoices();
    }

    /** The segmenter, whose index also holds the codebook's cues. */
    final TestimonySegmenter segmenter() {
        return segmenter;
    }

    /** The codes of one segment's words, in which {@code found} are the cues. */
    abstract List<Judgement> judge(CueTokens tokens, CueIndex.Found found, String text, String language, boolean direct);

    @Override
    public final List<Coding> code(Analysis analysis) {
        String text = analysis.text();
        List<Coding> out = new ArrayList<>();
        // the words of the segments are read only here, so they may be read into the thread's arrays
        try (WordArrays arrays = WordArrays.lend()) {
            List<TestimonySegmenter.Unit> units = segmenter.segments(analysis, arrays);
            for (int k = 0; k < units.size(); k++) {
                TestimonySegmenter.Unit u = units.get(k);
                Segment s = u.segment();
                List<Judgement> judgements = keepCovering(judge(u.tokens(), u.found(), text, s.language(), s.direct()));
                for (int m = 0; m < judgements.size(); m++) {
                    Judgement j = judgements.get(m);
                    out.add(new Coding(j.code(), s.span(), s.quote(), s.holder(), s.reportedBy(), j.confidence(), j.coder(),
                            j.evidence()));
                }
            }
        }
        return withoutEchoes(out);
    }

    /**
     * The codings without those the model alone gave a segment around a quote that carries the same code (« Mais
     * plusieurs de ceux qui voulaient faire défection ont été « …des traîtres qui doivent être exécutés… », a-t-il
     * dit »: the quote holds the code, the words around it only echo it).
     *
     * <p>Design decision: no cue found the code in the words around the quote, so the model's reading of them adds the
     * article nothing the quote does not already say, and a second coding of one account would count it twice.
     */
    static List<Coding> withoutEchoes(List<Coding> codings) {
        List<Coding> out = null;
        for (int i = 0; i < codings.size(); i++) {
            Coding c = codings.get(i);
            if (c.quote() == null && c.coder().indexOf(RuleCoder.PREFIX) < 0 && echoes(c, codings)) {
                if (out == null) {
                    out = new ArrayList<>(codings.subList(0, i));
                }
                continue;
            }
            if (out != null) {
                out.add(c);
            }
        }
        return out == null ? codings : out;
    }

    /** Whether a quote's coding of the same code lies inside the span of {@code c}. */
    private static boolean echoes(Coding c, List<Coding> codings) {
        for (Coding q : codings) {
            if (q.quote() != null && q.code().equals(c.code()) && c.span().start() <= q.span().start()
                    && q.span().end() <= c.span().end()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public final List<Judgement> judge(String text, String language) {
        CueTokens tokens = CueTokens.of(text, List.of(new Span(0, text.length())));
        return keepCovering(judge(tokens, segmenter.index().find(tokens, language), text, language, true));
    }

    /** {@code judgements} of one segment without those whose code another of them covers. */
    final List<Judgement> keepCovering(List<Judgement> judgements) {
        if (judgements.size() < 2) {
            return judgements;
        }
        // loops, not streams: asked of every segment that two codes find
        List<String> codes = new ArrayList<>(judgements.size());
        for (int k = 0; k < judgements.size(); k++) {
            codes.add(judgements.get(k).code());
        }
        Set<String> covered = codebook().covered(codes);
        if (covered.isEmpty()) {
            return judgements;
        }
        List<Judgement> kept = new ArrayList<>(judgements.size());
        for (int k = 0; k < judgements.size(); k++) {
            if (!covered.contains(judgements.get(k).code())) {
                kept.add(judgements.get(k));
            }
        }
        return java.util.Collections.unmodifiableList(kept);
    }
}
