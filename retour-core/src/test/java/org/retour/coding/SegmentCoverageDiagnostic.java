package org.retour.coding;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.eval.GoldDocument;
import org.retour.eval.GoldNarrative;
import org.retour.eval.GoldReader;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Pipeline;

class SegmentCoverageDiagnostic {
    @Test
    @EnabledIfSystemProperty(named = "diag", matches = "true")
    void printUncovered() {
        Pipeline p = StandardPipeline.create(AnalyzerConfig.DEFAULT);
        TestimonySegmenter seg = new TestimonySegmenter(CodingLexicon.standard(), false);
        int total = 0, covered = 0;
        for (GoldDocument d : GoldReader.read(Path.of("..", "gold", "dev"))) {
            Analysis a = p.analyze(d.toDocument());
            List<TestimonySegmenter.Unit> units = seg.segments(a);
            for (GoldNarrative g : d.narratives()) {
                total++;
                boolean hit = units.stream().anyMatch(u -> u.segment().span().overlaps(g.span()));
                if (hit) { covered++; continue; }
                String where = "";
                for (Quote q : a.list(Layers.QUOTES)) {
                    if (q.span().overlaps(g.span())) {
                        where += " QUOTE[" + (q.attribution().speaker() == null ? "none" : q.attribution().speaker().voice() + "/" + q.attribution().speaker().name() + "/" + q.attribution().speaker().description()) + "]";
                    }
                }
                String sent = "";
                for (Sentence s : a.list(Layers.SENTENCES)) {
                    if (s.span().overlaps(g.span())) sent += s.span().of(a.text()) + " || ";
                }
                System.out.println("MISS " + d.id() + " " + d.lang() + " " + g.code() + " via=" + g.via() + where + "\n   EV: " + g.evidence() + "\n   S: " + sent.replace('\n', ' '));
            }
        }
        System.out.println("COVERED " + covered + " / " + total);
    }
}
