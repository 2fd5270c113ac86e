package org.retour.eval;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Narrative coding scores over a set of articles.
 *
 * @param documents     articles scored
 * @param documentLevel per code, comparing the set of codes of each article
 * @param segmentLevel  per code, a predicted coding matching a gold evidence it overlaps (one-to-one)
 * @param confusion     gold code to predicted code to count, at segment level; {@value NarrativeEvaluator#NONE}
 *                      stands for a missed evidence (as predicted code) or a false coding (as gold code)
 * @param misses        why the missed gold evidences were missed, when checked
 */
public record NarrativeScores(int documents, Map<String, Prf> documentLevel, Map<String, Prf> segmentLevel,
                              Confusion confusion, MissReasons misses) {

    /** No article. */
    public static final NarrativeScores EMPTY = new NarrativeScores(0, Map.of(), Map.of(), Confusion.EMPTY,
            MissReasons.NONE);

    public NarrativeScores {
        documentLevel = Collections.unmodifiableMap(new TreeMap<>(documentLevel));
        segmentLevel = Collections.unmodifiableMap(new TreeMap<>(segmentLevel));
    }

    /** Document-level counts summed over codes. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public Prf documentMicro() {
        return documentLevel.values().stream().reduce(Prf.ZERO, Prf::plus);
    }

    /** Segment-level counts summed over codes. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public Prf segmentMicro() {
        return segmentLevel.values().stream().reduce(Prf.ZERO, Prf::plus);
    }

    /** The mean document-level F1 over the codes seen in gold or predictions (0 when none). */
    @com.fasterxml.jackson.annotation.JsonProperty
    public double documentMacroF1() {
        return documentLevel.values().stream().mapToDouble(Prf::f1).average().orElse(0);
    }

    /** The mean segment-level F1 over the codes seen in gold or predictions (0 when none). */
    @com.fasterxml.jackson.annotation.JsonProperty
    public double segmentMacroF1() {
        return segmentLevel.values().stream().mapToDouble(Prf::f1).average().orElse(0);
    }

    /** The scores of both sets of articles together. */
    public NarrativeScores plus(NarrativeScores o) {
        Map<String, Prf> d = new TreeMap<>(documentLevel);
        o.documentLevel.forEach((k, v) -> d.merge(k, v, Prf::plus));
        Map<String, Prf> s = new TreeMap<>(segmentLevel);
        o.segmentLevel.forEach((k, v) -> s.merge(k, v, Prf::plus));
        return new NarrativeScores(documents + o.documents, d, s, confusion.plus(o.confusion),
                misses.plus(o.misses));
    }
}
