package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearTrainerTest {

    private static LinearTrainer.Result result;

    /** Segments where N8 is said without any of the codebook's N8 cues, and N4 with them. */
    static List<TrainingExample> examples() {
        List<TrainingExample> out = new ArrayList<>(SyntheticSegments.generate(Codebook.standard(), 600, 7));
        String[] n8 = {"They wanted me to drive the lorry full of gas cylinders into the checkpoint.",
            "They picked those who would drive the gas cylinder lorry.",
            "The commander said I would drive the gas cylinder lorry the next morning.",
            "Foreign recruits were told to drive lorries packed with gas cylinders.",
            "He refused to drive the lorry loaded with gas cylinders and ran away."};
        for (int i = 0; i < 40; i++) {
            out.add(new TrainingExample(n8[i % n8.length], "en", Set.of("N8")));
            out.add(new TrainingExample("The lorry brought bread to the market on day " + i + ".", "en", Set.of()));
        }
        return out;
    }

    @BeforeAll
    static void train() {
        result = new LinearTrainer(new LinearTrainer.Options(6, 0.3, 1e-6, 3, 16, 10, 1)).train(examples(), Codebook.standard());
    }

    @Test
    void learnsACodeItsRulesDoNotKnow() {
        LinearCoder coder = new LinearCoder(result.model(), Codebook.standard(), CodingLexicon.standard(), false);
        assertThat(coder.judge("They told him to drive a lorry of gas cylinders into the base.", "en"))
                .extracting(Judgement::code).contains("N8");
        assertThat(coder.judge("The bread lorry was late.", "en")).extracting(Judgement::code).doesNotContain("N8");
        Judgement j = coder.judge("They told him to drive a lorry of gas cylinders into the base.", "en").stream()
                .filter(x -> x.code().equals("N8")).findFirst().orElseThrow();
        assertThat(j.coder()).isEqualTo("model@" + result.model().hash());
        assertThat(j.evidence()).startsWith("features: ");
    }

    @Test
    void anExampleACueFiredInIsFittedOnceMoreOnItsWordsAloneWithItsLabelsAndFold() {
        FeatureHasher.Vector cued = new FeatureHasher.Vector(new int[] {1, 2, 900}, new float[] {1, 1, 1});
        FeatureHasher.Vector plain = new FeatureHasher.Vector(new int[] {3}, new float[] {1});
        FeatureHasher.Vector words = new FeatureHasher.Vector(new int[] {1, 2}, new float[] {1, 1});
        boolean[][] y = {{false, false}, {false, true}};
        LinearTrainer.Fitted f = LinearTrainer.withTextCopies(new FeatureHasher.Vector[] {plain, cued}, y, new int[] {2, 0},
                List.of(words), List.of(1));
        assertThat(f.x()).containsExactly(plain, cued, words);
        assertThat(f.y()).hasNumberOfRows(3);
        assertThat(f.y()[0]).containsExactly(false, false);
        assertThat(f.y()[1]).containsExactly(false, true);
        assertThat(f.y()[2]).containsExactly(false, true);
        assertThat(f.fold()).containsExactly(2, 0, 0);
    }

    @Test
    void reportsHeldOutFiguresPerCode() {
        LinearTrainer.CodeReport n8 = result.report().stream().filter(r -> r.code().equals("N8")).findFirst().orElseThrow();
        assertThat(n8.positives()).isGreaterThanOrEqualTo(40);
        assertThat(n8.f1()).isGreaterThan(n8.ruleF1());
        assertThat(result.examples()).isEqualTo(680 + CodebookExamples.of(Codebook.standard()).size());
    }

    @Test
    void combinedWithRulesKeepsTheFoundingArticleCues() {
        CombinedCoder coder = new CombinedCoder(RuleCoder.of(Codebook.standard()),
                new LinearCoder(result.model(), Codebook.standard(), CodingLexicon.standard(), false));
        assertThat(coder.judge("« Ils sentent que nous sommes entrés en phase finale »", "fr"))
                .extracting(Judgement::code).contains("N6");
        assertThat(coder.name()).isEqualTo("rules@retour-default-36+model@" + result.model().hash());
    }

    @Test
    void aWrittenModelReadsBackTheSame(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.model");
        result.model().write(f);
        LinearModel back = LinearModel.read(f);
        assertThat(back.hash()).isEqualTo(result.model().hash());
        assertThat(back.codes()).isEqualTo(Codebook.standard().codeIds());
        CueTokens t = CueTokens.of("drive the explosives truck");
        assertThat(back.scores(back.hasher().vector(t))).containsExactly(
                result.model().scores(result.model().hasher().vector(t)), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aModelOfAnotherCodebookOrVersionIsRefused(@TempDir Path dir) throws Exception {
        Codebook other = new Codebook("retour-default", "99", null, Codebook.standard().codes());
        assertThatThrownBy(() -> CodingConfig.DEFAULT.withCodebook(other).withModel(result.model()))
                .isInstanceOf(ModelMismatchException.class)
                .hasMessage("the model was trained on codebook retour-default@36, but the codebook in use is retour-default@99; "
                        + "train a model for it with 'retour train --codebook FILE'");
        Path junk = dir.resolve("junk.model");
        Files.writeString(junk, "not a model");
        assertThatThrownBy(() -> LinearModel.read(junk)).isInstanceOf(ModelMismatchException.class)
                .hasMessageContaining("not a Retour model file");
    }

    @Test
    void codebookExamplesCarryTheirCodeInEveryLanguage() {
        List<TrainingExample> ex = CodebookExamples.of(Codebook.standard());
        assertThat(ex).allMatch(e -> e.group().equals(TrainingExample.CODEBOOK));
        assertThat(ex).filteredOn(e -> e.codes().equals(Set.of("N1"))).extracting(TrainingExample::language)
                .contains("fr", "en", "de", "ar");
        assertThat(ex).anyMatch(e -> e.codes().isEmpty());
    }

    @Test
    void everyCodeThatMayBeRescuedSharesOneRescueAndNoneHasAVeto() {
        LinearModel m = result.model();
        java.util.Set<Double> rescues = new java.util.TreeSet<>();
        for (int k = 0; k < m.codes().size(); k++) {
            if (m.thresholds(k)[1] != Calibration.NEVER) {
                rescues.add(m.thresholds(k)[1]);
            }
            assertThat(m.thresholds(k)[2]).isZero();
        }
        assertThat(rescues).hasSize(1);
        assertThat(rescues).allMatch(r -> r >= LinearTrainer.RESCUE_FLOOR);
    }

    @Test
    void theCombinationRescuesACodeNoCueFound() {
        CombinedCoder coder = new CombinedCoder(RuleCoder.of(Codebook.standard()),
                new LinearCoder(result.model(), Codebook.standard(), CodingLexicon.standard(), false));
        String text = "They told him to drive a lorry of gas cylinders into the base.";
        assertThat(RuleCoder.of(Codebook.standard()).judge(text, "en")).extracting(Judgement::code).doesNotContain("N8");
        assertThat(coder.judge(text, "en")).extracting(Judgement::code).contains("N8");
        assertThat(coder.judge("The bread lorry was late.", "en")).extracting(Judgement::code).doesNotContain("N8");
    }

    @Test
    void aCueIsKeptByTheCombination() {
        CombinedCoder coder = new CombinedCoder(RuleCoder.of(Codebook.standard()),
                new LinearCoder(result.model(), Codebook.standard(), CodingLexicon.standard(), false));
        String text = "They fought other Muslims instead of the regime.";
        assertThat(RuleCoder.of(Codebook.standard()).judge(text, "en")).extracting(Judgement::code).contains("N1");
        int n1 = result.model().codes().indexOf("N1");
        assertThat(result.model().thresholds(n1)[2]).isZero();
        assertThat(coder.judge(text, "en")).extracting(Judgement::code).contains("N1");
    }

    @Test
    void readsTrainingExamplesFromGold(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("001.txt"), "url: x\ntitle: t\nlang: en\ndate: unknown\n\n"
                + "The weather was fine. \"We were losing ground everywhere,\" he said. Then he left.");
        Files.writeString(dir.resolve("001.gold.json"), "{\"id\":\"001\",\"lang\":\"en\",\"quotes\":[],\"narratives\":["
                + "{\"code\":\"N6\",\"evidence\":\"We were losing ground everywhere,\",\"via\":\"direct_quote\"}]}");
        List<TrainingExample> ex = GoldTrainingSet.read(dir, Codebook.standard());
        assertThat(ex).contains(new TrainingExample("We were losing ground everywhere,", "en", Set.of("N6"), "001"),
                new TrainingExample("The weather was fine.", "en", Set.of(), "001"));
        assertThat(ex).noneMatch(e -> e.codes().isEmpty() && e.text().contains("losing"));
        Files.writeString(dir.resolve("001.gold.json"), "{\"narratives\":[{\"code\":\"N99\",\"evidence\":\"x\"}]}");
        assertThatThrownBy(() -> GoldTrainingSet.read(dir, Codebook.standard())).hasMessageContaining("'N99' is not in the codebook");
    }
}
