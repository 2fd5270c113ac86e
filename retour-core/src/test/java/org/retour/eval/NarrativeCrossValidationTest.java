package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.retour.coding.Codebook;
import org.retour.coding.LinearTrainer;
import org.retour.coding.TrainingExample;

class NarrativeCrossValidationTest {

    /** Seven articles, each with a narrative whose evidence and other sentences name the article. */
    private static List<EvalCase> cases() {
        List<EvalCase> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String evidence = "Wir hatten Hunger in Artikel " + i + ", das Geld kam nicht mehr.";
            String body = "Bericht Nummer " + i + " beginnt hier. " + evidence + " Ende von Nummer " + i + ".";
            GoldNarrative n = new GoldNarrative("N4", evidence, EvalFixtures.at(body, evidence), "direct_quote", "high");
            GoldDocument g = EvalFixtures.gold(String.format("%03d", i), "de", body, List.of(), List.of(n), null, null, null);
            out.add(new EvalCase(g, EvalFixtures.analysis(g)));
        }
        GoldDocument none = EvalFixtures.gold("099", "de", "Kein Narrativ hier.", List.of(), null, null, null, null);
        out.add(new EvalCase(none, EvalFixtures.analysis(none)));
        return out;
    }

    @Test
    void everyArticleWithNarrativesIsHeldOutExactlyOnceByIndexModuloK() {
        List<NarrativeCrossValidation.Fold> folds = NarrativeCrossValidation.folds(cases(), 3);
        assertThat(folds).hasSize(3);
        List<String> tested = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            for (EvalCase c : folds.get(f).test()) {
                tested.add(c.gold().id());
                assertThat(Integer.parseInt(c.gold().id()) % 3).as(c.gold().id()).isEqualTo(f);
            }
        }
        assertThat(tested).containsExactlyInAnyOrder("000", "001", "002", "003", "004", "005", "006");
    }

    @Test
    void noFoldTrainsOnTheArticlesItScores() {
        List<EvalCase> cases = cases();
        for (NarrativeCrossValidation.Fold fold : NarrativeCrossValidation.folds(cases, 3)) {
            Set<String> testIds = fold.test().stream().map(c -> c.gold().id()).collect(Collectors.toSet());
            Set<String> groups = fold.train().stream().map(TrainingExample::group).collect(Collectors.toSet());
            assertThat(groups).doesNotContainAnyElementsOf(testIds).doesNotContain("", "099");
            Set<String> trainIds = new HashSet<>(groups);
            assertThat(trainIds).hasSize(7 - testIds.size());
            for (TrainingExample e : fold.train()) {
                for (EvalCase t : fold.test()) {
                    assertThat(t.gold().body()).as("fold scoring %s trains on its text", testIds).doesNotContain(e.text());
                }
            }
            assertThat(fold.train()).anyMatch(e -> e.codes().equals(Set.of("N4")))
                    .anyMatch(e -> e.codes().isEmpty());
        }
    }

    @Test
    void runScoresEveryCoderOnEveryArticleWithNarratives() {
        NarrativeCrossValidation.Result r = new NarrativeCrossValidation(Codebook.standard(),
                new LinearTrainer(new LinearTrainer.Options(2, 0.3, 1e-6, 2, 12, 10, 1))).run(cases(), 3);
        assertThat(r.scores()).containsOnlyKeys(NarrativeCrossValidation.MODES);
        r.scores().values().forEach(s -> assertThat(s.overall().documents()).isEqualTo(7));
    }

    @Test
    void tooManyFoldsAreRefused() {
        assertThatThrownBy(() -> NarrativeCrossValidation.folds(cases(), 8))
                .hasMessageContaining("give 2 to 7 folds");
    }
}
