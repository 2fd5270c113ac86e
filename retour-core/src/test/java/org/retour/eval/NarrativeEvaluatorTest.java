package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.retour.eval.EvalFixtures.at;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retour.coding.Codebook;
import org.retour.coding.Coder;
import org.retour.coding.CodingLexicon;
import org.retour.coding.RuleCoder;
import org.retour.model.Coding;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;
import org.retour.model.Span;
import org.retour.pipeline.Layers;

class NarrativeEvaluatorTest {

    private static final String FR = "« Nous sommes entrés en phase finale », dit-il. « Ceux qui fuient sont exécutés. » "
            + "Le ministre parle d'autre chose.";
    private static final String EN = "\"I wanted to go home to my mother,\" he said.";

    private static Coding coding(String code, Span span) {
        return new Coding(code, span, null, "defector", null, 0.9, "rules@1", null);
    }

    private List<EvalCase> cases() {
        GoldDocument fr = EvalFixtures.gold("d1", "fr", FR, null, List.of(
                new GoldNarrative("N6", "Nous sommes entrés en phase finale", at(FR, "Nous sommes entrés en phase finale"), "direct_quote", "high"),
                new GoldNarrative("N7", "Ceux qui fuient sont exécutés.", at(FR, "Ceux qui fuient sont exécutés."), "direct_quote", "high")),
                null, null, null);
        var frA = EvalFixtures.analysis(fr).with(Layers.CODINGS, List.of(
                coding("N6", at(FR, "phase finale")),
                coding("N2", at(FR, "sont exécutés")),
                coding("N3", at(FR, "Le ministre"))));
        GoldDocument en = EvalFixtures.gold("d2", "en", EN, null, List.of(
                new GoldNarrative("N9", "I wanted to go home to my mother,", at(EN, "I wanted to go home"), "direct_quote", "high")),
                null, null, null);
        return List.of(new EvalCase(fr, frA), new EvalCase(en, EvalFixtures.analysis(en)));
    }

    @Test
    void scoresDocumentAndSegmentLevelsAsComputedByHand() {
        LanguageReport<NarrativeScores> r = new NarrativeEvaluator().evaluate(cases());
        NarrativeScores fr = r.languages().get("fr");
        // documents: gold {N6, N7}, predicted {N2, N3, N6}
        assertThat(fr.documentLevel()).containsOnlyKeys("N2", "N3", "N6", "N7");
        assertThat(fr.documentMicro()).isEqualTo(new Prf(1, 2, 1));
        assertThat(fr.documentMicro().f1()).isCloseTo(0.4, within(1e-9));
        assertThat(fr.documentMacroF1()).isCloseTo(0.25, within(1e-9));
        assertThat(fr.segmentLevel().get("N6")).isEqualTo(new Prf(1, 0, 0));
        assertThat(fr.segmentLevel().get("N7")).isEqualTo(new Prf(0, 0, 1));
        assertThat(fr.segmentMicro()).isEqualTo(new Prf(1, 2, 1));
        assertThat(fr.confusion().counts()).isEqualTo(Map.of("N6", Map.of("N6", 1), "N7", Map.of("N2", 1), "none", Map.of("N3", 1)));

        NarrativeScores all = r.overall();
        assertThat(all.documents()).isEqualTo(2);
        assertThat(all.segmentLevel().get("N9")).isEqualTo(new Prf(0, 0, 1));
        assertThat(all.segmentMicro()).isEqualTo(new Prf(1, 2, 2));
        // macro over N2, N3, N6, N7, N9: (0 + 0 + 1 + 0 + 0) / 5
        assertThat(all.segmentMacroF1()).isCloseTo(0.2, within(1e-9));
        assertThat(r.errors()).extracting(EvalError::kind).containsExactlyInAnyOrder(EvalError.Kind.MISSED_CODE,
                EvalError.Kind.FALSE_CODE, EvalError.Kind.FALSE_CODE, EvalError.Kind.MISSED_CODE);
    }

    @Test
    void segmentMatchNeedsTheSameCodeOverlappingTheEvidence() {
        String t = "« Ils nous tuent. » Plus loin, autre chose.";
        GoldDocument g = EvalFixtures.gold("d", "fr", t, null, List.of(
                new GoldNarrative("N2", "Ils nous tuent.", at(t, "Ils nous tuent."), null, null)), null, null, null);
        var a = EvalFixtures.analysis(g).with(Layers.CODINGS, List.of(coding("N2", at(t, "autre chose"))));
        NarrativeScores s = new NarrativeEvaluator().evaluate(List.of(new EvalCase(g, a))).overall();
        assertThat(s.documentLevel().get("N2")).isEqualTo(new Prf(1, 0, 0));
        assertThat(s.segmentLevel().get("N2")).isEqualTo(new Prf(0, 1, 1));
    }

    @Test
    void aSecondCodingOfTheSameCodeInAFoundEvidenceIsNeitherFoundNorFalse() {
        String t = "« Ils nous tuent. Ils tuent nos frères. » Plus loin, autre chose.";
        GoldDocument g = EvalFixtures.gold("d", "fr", t, null, List.of(
                new GoldNarrative("N2", "Ils nous tuent. Ils tuent nos frères.", at(t, "Ils nous tuent. Ils tuent nos frères."),
                        null, null)), null, null, null);
        var a = EvalFixtures.analysis(g).with(Layers.CODINGS, List.of(coding("N2", at(t, "Ils nous tuent.")),
                coding("N2", at(t, "Ils tuent nos frères.")), coding("N2", at(t, "autre chose"))));
        LanguageReport<NarrativeScores> r = new NarrativeEvaluator().evaluate(List.of(new EvalCase(g, a)));
        assertThat(r.overall().segmentLevel().get("N2")).isEqualTo(new Prf(1, 1, 0));
        assertThat(r.errors()).extracting(EvalError::text).containsExactly("autre chose");
    }

    @Test
    void aMissCodedWhenEveryVoiceIsCodedIsToldApartFromAMissNoCueFinds() {
        String t = "« Nous perdons du terrain chaque jour », a déclaré le ministre de l'Intérieur, Jean Dupont.\n\n"
                + "Un ancien combattant raconte : « Il faisait beau ce jour-là. »";
        GoldDocument g = EvalFixtures.gold("d", "fr", t, null, List.of(
                new GoldNarrative("N6", "Nous perdons du terrain chaque jour", at(t, "Nous perdons du terrain chaque jour"),
                        "direct_quote", "high"),
                new GoldNarrative("N7", "Il faisait beau ce jour-là.", at(t, "Il faisait beau ce jour-là."),
                        "direct_quote", "high")), null, null, null);
        Analysis a = TestPipelines.analyze(t, "fr");
        Coder everyVoice = new RuleCoder(Codebook.standard(), CodingLexicon.standard(), true);

        LanguageReport<NarrativeScores> r = new NarrativeEvaluator(everyVoice).evaluate(List.of(new EvalCase(g, a)));

        assertThat(r.overall().segmentMicro()).isEqualTo(new Prf(0, 0, 2));
        assertThat(r.overall().misses()).isEqualTo(new MissReasons(2, 1, 0));
        assertThat(r.errors()).extracting(EvalError::detail).containsExactlyInAnyOrder(
                "N6 via direct_quote, coded when every voice is coded (held by official)", "N7 via direct_quote");
        assertThat(new NarrativeEvaluator().evaluate(List.of(new EvalCase(g, a))).overall().misses())
                .isEqualTo(MissReasons.NONE);
    }

    @Test
    void aMissWhoseOwnWordsHoldACueIsCountedApartFromOneWithNoCue() {
        String t = "« Certains ont tenté de fuir. » Ils ont été exécutés. « Il faisait beau. »";
        GoldDocument g = EvalFixtures.gold("d", "fr", t, null, List.of(
                new GoldNarrative("N7", "Certains ont tenté de fuir. » Ils ont été exécutés.",
                        at(t, "Certains ont tenté de fuir. » Ils ont été exécutés."), null, null),
                new GoldNarrative("N4", "Il faisait beau.", at(t, "Il faisait beau."), null, null)), null, null, null);
        // codes nothing in the document, but N7 in any text that holds both "fuir" and "exécutés"
        Coder splitCue = new Coder() {
            public String name() {
                return "split@1";
            }

            public Codebook codebook() {
                return Codebook.standard();
            }

            public List<Coding> code(Analysis analysis) {
                return List.of();
            }

            public List<org.retour.coding.Judgement> judge(String text, String language) {
                return text.contains("fuir") && text.contains("exécutés")
                        ? List.of(new org.retour.coding.Judgement("N7", 0.9, name(), "fuir … exécutés")) : List.of();
            }
        };

        LanguageReport<NarrativeScores> r = new NarrativeEvaluator(splitCue)
                .evaluate(List.of(new EvalCase(g, EvalFixtures.analysis(g))));

        assertThat(r.overall().misses()).isEqualTo(new MissReasons(2, 0, 1));
        assertThat(r.overall().misses().noCue()).isEqualTo(1);
        assertThat(r.errors()).extracting(EvalError::detail).containsExactlyInAnyOrder(
                "N7, its words hold a cue but no testimony segment took them", "N4");
    }
}
