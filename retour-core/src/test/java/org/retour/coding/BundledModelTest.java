package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledModelTest {

    private static final String OTHER = """
            id: field-notes
            version: "2"
            codes:
              - id: N1
                name: other-muslims
                colour: "#1F77B4"
                definition: IS fights other Muslims.
                cues:
                  en: ["fight* ..3 other muslims"]
            """;

    @Test
    void theBundledModelIsTrainedOnTheStandardCodebook() {
        LinearModel m = LinearModel.standard();
        assertThat(m.trainedOn(Codebook.standard())).isTrue();
        assertThat(m.codes()).isEqualTo(Codebook.standard().codeIds());
    }

    @Test
    void theBundledModelIsWhatTrainingOnTheRepositorysDevelopmentGoldGives() throws Exception {
        List<TrainingExample> examples = GoldTrainingSet.read(Path.of("../gold/dev"), Codebook.standard());
        LinearModel again = new LinearTrainer(LinearTrainer.Options.DEFAULT).train(examples, Codebook.standard()).model();
        byte[] bundled;
        try (InputStream in = LinearModel.class.getResourceAsStream("standard.model")) {
            bundled = in.readAllBytes();
        }
        assertThat(LinearModelFile.bytes(again))
                .as("retrain with: ./retour train --gold gold/dev --out retour-core/src/main/resources/org/retour/coding/standard.model")
                .isEqualTo(bundled);
        assertThat(again.hash()).isEqualTo(LinearModel.standard().hash());
    }

    @Test
    void theDefaultCodesWithTheRulesAndTheBundledModel() {
        assertThat(CodingConfig.DEFAULT.modelInUse()).isSameAs(LinearModel.standard());
        assertThat(CodingConfig.DEFAULT.usesBundledModel()).isTrue();
        assertThat(CodingConfig.DEFAULT.bundledModelLeftOut()).isFalse();
        assertThat(CodingConfig.DEFAULT.withRulesOnly().usesBundledModel()).isFalse();
        assertThat(CodingConfig.DEFAULT.withRulesOnly().bundledModelLeftOut()).isFalse();
        assertThat(CodingConfig.DEFAULT.coder().name()).isEqualTo("rules@retour-default-36+model@" + LinearModel.standard().hash());
        assertThat(CodingConfig.DEFAULT.withRulesOnly().coder().name()).isEqualTo("rules@retour-default-36");
    }

    @Test
    void anotherCodebookCodesWithTheRulesAloneUnlessItsOwnModelIsGiven() {
        Codebook other = CodebookReader.parse(OTHER, "field-notes.yaml", false);
        CodingConfig c = CodingConfig.DEFAULT.withCodebook(other);
        assertThat(c.modelInUse()).isNull();
        assertThat(c.bundledModelLeftOut()).isTrue();
        assertThat(c.usesBundledModel()).isFalse();
        assertThat(c.coder().name()).isEqualTo("rules@field-notes-2");
        assertThatThrownBy(() -> c.withModel(LinearModel.standard()))
                .isInstanceOf(ModelMismatchException.class)
                .hasMessageContaining("trained on codebook retour-default@36");
    }

    @Test
    void theBundledModelLosesNoCodeTheRulesFoundAndAddsOnlyItsOwn() throws Exception {
        Coder rules = CodingConfig.DEFAULT.withRulesOnly().coder();
        Coder both = CodingConfig.DEFAULT.coder();
        int rulesFound = 0;
        int bothFound = 0;
        int rescued = 0;
        for (TrainingExample e : GoldTrainingSet.read(Path.of("../gold/dev"), Codebook.standard())) {
            List<String> r = rules.judge(e.text(), e.language()).stream().map(Judgement::code).toList();
            List<Judgement> b = both.judge(e.text(), e.language());
            rulesFound += (int) r.stream().filter(e.codes()::contains).count();
            bothFound += (int) b.stream().map(Judgement::code).filter(e.codes()::contains).count();
            for (Judgement j : b) {
                if (!r.contains(j.code())) {
                    assertThat(j.coder()).isEqualTo("model@" + LinearModel.standard().hash());
                    // the words that weigh most for the code, or the score alone when no word weighs for it
                    assertThat(j.evidence()).matches("features: .+|model score");
                    rescued++;
                }
            }
        }
        // the trainer lets the model rescue only when rescuing raised held-out article F1 (codebook 19's cues left it
        // nothing to gain on gold/dev): then it finds more, else exactly what the rules find
        assertThat(bothFound).isGreaterThanOrEqualTo(rulesFound);
        if (rescued > 0) {
            assertThat(bothFound).isGreaterThan(rulesFound);
        }
    }
}
