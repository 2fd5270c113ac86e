package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinearModelScoresTest {

    private static final String[] TEXTS = {
        "« On nous a dit de tirer sur nos frères », a raconté l'ancien combattant, déçu par la vie à Raqqa.",
        "He said they executed anyone who tried to flee, and he was hungry all the time 😞.",
        "„Wir hatten kaum zu essen“, sagte der Rückkehrer über das Leben im Kalifat.",
        "وقال إن التنظيم كان يقتل المسلمين ويعدم من يحاول الفرار.",
        "the the the the war war",
        "",
    };

    private static LinearModel first;
    private static LinearModel second;

    @BeforeAll
    static void train() {
        List<TrainingExample> examples = SyntheticSegments.generate(Codebook.standard(), 300, 3);
        first = new LinearTrainer(new LinearTrainer.Options(2, 0.3, 1e-6, 2, 12, 10, 1)).train(examples, Codebook.standard()).model();
        second = new LinearTrainer(new LinearTrainer.Options(2, 0.3, 1e-6, 2, 12, 10, 2)).train(examples, Codebook.standard()).model();
    }

    private static double[] viaVector(LinearModel m, CueTokens t, Set<String> cues, int[] cueWords) {
        return m.scores(m.hasher().vector(t, cues, m.codes(), cueWords));
    }

    @Test
    void scoresSummedPerWordEqualTheScoresOfTheFeatureVector() {
        CueWords cueWords = new CueWords(Codebook.standard());
        for (String text : TEXTS) {
            for (Set<String> cues : List.of(Set.<String>of(), Set.of("N7"), Set.of("N2", "N6"))) {
                CueTokens t = CueTokens.of(text);
                int[] words = cueWords.counts(t, first.codes().size());
                double[] direct = first.scores(t, first.codesAmong(cues), cueWords);
                double[] vector = viaVector(first, t, cues, words);
                for (int c = 0; c < direct.length; c++) {
                    assertThat(direct[c]).as("%s, code %s", text, first.codes().get(c)).isCloseTo(vector[c], within(1e-4));
                }
            }
        }
    }

    @Test
    void twoModelsOnOneThreadEachScoreWithTheirOwnWeights() {
        CueWords cueWords = new CueWords(Codebook.standard());
        for (int round = 0; round < 2; round++) {
            for (LinearModel m : List.of(first, second, first)) {
                CueTokens t = CueTokens.of(TEXTS[1]);
                int[] words = cueWords.counts(t, m.codes().size());
                double[] direct = m.scores(t, m.codesAmong(Set.of()), cueWords);
                double[] vector = viaVector(m, t, Set.of(), words);
                for (int c = 0; c < direct.length; c++) {
                    assertThat(direct[c]).isCloseTo(vector[c], within(1e-4));
                }
            }
        }
        CueTokens t = CueTokens.of(TEXTS[1]);
        int[] words = cueWords.counts(t, first.codes().size());
        assertThat(first.scores(t, new boolean[first.codes().size()], cueWords))
                .isNotEqualTo(second.scores(t, new boolean[second.codes().size()], cueWords));
    }

    @Test
    void threadsScoringAtOnceGetTheScoresOfOneThread() throws Exception {
        CueWords cueWords = new CueWords(Codebook.standard());
        List<double[]> alone = new java.util.ArrayList<>();
        for (String text : TEXTS) {
            alone.add(first.scores(CueTokens.of(text), new boolean[first.codes().size()], cueWords));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < TEXTS.length; i++) {
                            double[] s = first.scores(CueTokens.of(TEXTS[i]), new boolean[first.codes().size()], cueWords);
                            if (!java.util.Arrays.equals(s, alone.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (var r : runs) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWordCountsOnceForEachTimeItStands() {
        FeatureHasher h = first.hasher();
        FeatureHasher.Vector once = h.vector(CueTokens.of("war"));
        FeatureHasher.Vector thrice = h.vector(CueTokens.of("war war war"));
        assertThat(thrice.index()).containsExactly(once.index());
        int n = FeatureHasher.wordFeatures("war").length;
        assertThat(once.value()[0] * Math.sqrt(n)).isCloseTo(1.0, within(1e-5));
        assertThat(thrice.value()[0] * Math.sqrt(3 * n)).isCloseTo(3.0, within(1e-5));
    }
}
