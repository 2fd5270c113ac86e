package org.retour.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.retour.coding.Coder;
import org.retour.model.Coding;
import org.retour.pipeline.Layers;

/**
 * Scores predicted narrative codings against gold narratives, at document and at segment level.
 *
 * <p>Document level compares the set of codes of each article. Segment level pairs a predicted coding
 * with a gold narrative of the same code whose evidence it overlaps, one-to-one, largest overlap first.
 * The confusion counts, for each gold evidence, the code that matched it, else the other codes of
 * codings overlapping it, else {@value #NONE}; a predicted coding overlapping no gold evidence counts
 * under gold {@value #NONE}. A second coding of a code overlapping a gold evidence of that code already
 * matched is neither found nor false. Articles without gold narratives (key absent) are skipped.
 *
 * <p>Given a coder of every voice's views, each missed evidence is also checked against that coder's codings,
 * to tell a miss lost to whose view it is (the holder was not taken for a former member) from one whose own
 * words hold a cue no testimony segment took, and from one no cue finds.
 */
public final class NarrativeEvaluator {

    /** The label of "no code" in the confusion. */
    public static final String NONE = "none";

    private final Coder everyVoice;

    /** An evaluator that does not check why evidences were missed. */
    public NarrativeEvaluator() {
        this(null);
    }

    /**
     * An evaluator that checks each missed evidence against {@code everyVoice}, the same coder coding every
     * voice's views (null: no check).
     */
    public NarrativeEvaluator(Coder everyVoice) {
        this.everyVoice = everyVoice;
    }

    /** Scores every case, per language and overall. */
    public LanguageReport<NarrativeScores> evaluate(List<EvalCase> cases) {
        Map<String, NarrativeScores> byLang = new HashMap<>();
        NarrativeScores overall = NarrativeScores.EMPTY;
        List<EvalError> errors = new ArrayList<>();
        for (EvalCase c : cases) {
            if (c.gold().narratives() == null) {
                continue;
            }
            NarrativeScores s = score(c, errors);
            byLang.merge(c.gold().lang(), s, NarrativeScores::plus);
            overall = overall.plus(s);
        }
        return new LanguageReport<>(byLang, overall, errors);
    }

    /** The scores of one article; its errors are added to {@code errors}. */
    NarrativeScores score(EvalCase c, List<EvalError> errors) {
        String id = c.gold().id();
        String lang = c.gold().lang();
        String text = c.gold().body();
        List<GoldNarrative> gold = c.gold().narratives();
        List<Coding> predicted = c.predicted().list(Layers.CODINGS);

        Set<String> goldCodes = new TreeSet<>();
        gold.forEach(g -> goldCodes.add(g.code()));
        Set<String> predCodes = new TreeSet<>();
        predicted.forEach(p -> predCodes.add(p.code()));
        Map<String, Prf> doc = new TreeMap<>();
        Set<String> all = new TreeSet<>(goldCodes);
        all.addAll(predCodes);
        for (String code : all) {
            boolean g = goldCodes.contains(code);
            boolean p = predCodes.contains(code);
            doc.put(code, new Prf(g && p ? 1 : 0, p && !g ? 1 : 0, g && !p ? 1 : 0));
        }

        List<Matching.Pair> pairs = Matching.greedy(gold, predicted,
                (g, p) -> g.code().equals(p.code()) ? g.span().overlap(p.span()) : 0, 1);
        int[] goldMatch = new int[gold.size()];
        java.util.Arrays.fill(goldMatch, -1);
        boolean[] predHit = new boolean[predicted.size()];
        for (Matching.Pair m : pairs) {
            goldMatch[m.gold()] = m.predicted();
            predHit[m.predicted()] = true;
        }
        Map<String, int[]> seg = new TreeMap<>();
        all.forEach(code -> seg.put(code, new int[3]));
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        List<Coding> widened = null;
        MissReasons misses = MissReasons.NONE;
        for (int i = 0; i < gold.size(); i++) {
            GoldNarrative g = gold.get(i);
            if (goldMatch[i] >= 0) {
                seg.get(g.code())[0]++;
                Confusion.count(confusion, g.code(), g.code());
                continue;
            }
            seg.get(g.code())[2]++;
            Set<String> others = new TreeSet<>();
            for (Coding p : predicted) {
                if (!p.code().equals(g.code()) && p.span().overlaps(g.span())) {
                    others.add(p.code());
                }
            }
            if (others.isEmpty()) {
                Confusion.count(confusion, g.code(), NONE);
            }
            others.forEach(o -> Confusion.count(confusion, g.code(), o));
            String heldBy = null;
            boolean cueInWords = false;
            if (everyVoice != null) {
                if (widened == null) {
                    widened = everyVoice.code(c.predicted());
                }
                heldBy = heldByOtherVoice(widened, g);
                cueInWords = heldBy == null && everyVoice.judge(g.evidence(), lang).stream()
                        .anyMatch(j -> j.code().equals(g.code()));
                misses = misses.add(heldBy != null, cueInWords);
            }
            errors.add(new EvalError(id, lang, EvalError.Kind.MISSED_CODE, g.evidence(),
                    g.code() + (others.isEmpty() ? "" : ", coded instead " + String.join(" ", others))
                            + (g.via() == null ? "" : " via " + g.via())
                            + (heldBy == null ? "" : ", coded when every voice is coded (held by " + heldBy + ")")
                            + (cueInWords ? ", its words hold a cue but no testimony segment took them" : "")));
        }
        for (int i = 0; i < predicted.size(); i++) {
            Coding p = predicted.get(i);
            if (predHit[i] || duplicatesAFoundEvidence(gold, goldMatch, p)) {
                continue;
            }
            seg.get(p.code())[1]++;
            boolean overlapsGold = gold.stream().anyMatch(g -> g.span().overlaps(p.span()));
            if (!overlapsGold) {
                Confusion.count(confusion, NONE, p.code());
            }
            String segText = p.span().end() <= text.length() ? p.span().of(text) : "";
            errors.add(new EvalError(id, lang, EvalError.Kind.FALSE_CODE, segText,
                    p.code() + (p.holder() == null ? "" : " held by " + p.holder())
                            + (p.evidence() == null ? "" : ", evidence: " + p.evidence())));
        }
        Map<String, Prf> segment = new TreeMap<>();
        seg.forEach((code, n) -> segment.put(code, new Prf(n[0], n[1], n[2])));
        return new NarrativeScores(1, doc, segment, new Confusion(confusion), misses);
    }

    /**
     * Whether {@code p} overlaps a gold evidence of its code that another coding already matched: a second
     * coding of the same code in one long answer repeats a found evidence and is no false one.
     */
    private static boolean duplicatesAFoundEvidence(List<GoldNarrative> gold, int[] goldMatch, Coding p) {
        for (int g = 0; g < gold.size(); g++) {
            if (goldMatch[g] >= 0 && gold.get(g).code().equals(p.code()) && gold.get(g).span().overlaps(p.span())) {
                return true;
            }
        }
        return false;
    }

    /** The holder of a coding of {@code g}'s code overlapping its evidence among {@code widened}, or null. */
    private static String heldByOtherVoice(List<Coding> widened, GoldNarrative g) {
        for (Coding w : widened) {
            if (w.code().equals(g.code()) && w.span().overlaps(g.span())) {
                return w.holder() == null ? "unknown" : w.holder();
            }
        }
        return null;
    }

    private static void count(Map<String, Map<String, Integer>> confusion, String gold, String predicted) {
        confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
    }
}
