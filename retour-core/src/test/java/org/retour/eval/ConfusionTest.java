package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfusionTest {

    private static Confusion of(String... goldPredictedPairs) {
        Map<String, Map<String, Integer>> m = new HashMap<>();
        for (int i = 0; i < goldPredictedPairs.length; i += 2) {
            Confusion.count(m, goldPredictedPairs[i], goldPredictedPairs[i + 1]);
        }
        return new Confusion(m);
    }

    @Test
    void tablesAddUpCellByCell() {
        Confusion a = of("returnee", "official", "returnee", "returnee");
        Confusion b = of("returnee", "official", "defector", "unknown");

        Confusion sum = a.plus(b);

        assertThat(sum.count("returnee", "official")).isEqualTo(2);
        assertThat(sum.count("returnee", "returnee")).isEqualTo(1);
        assertThat(sum.count("defector", "unknown")).isEqualTo(1);
        assertThat(sum.count("defector", "official")).isZero();
        assertThat(sum.columns()).containsExactly("official", "returnee", "unknown");
        assertThat(a.count("returnee", "official")).as("the operands are unchanged").isEqualTo(1);
    }

    @Test
    void textShowsOneRowPerGoldLabelWithColumnsWideEnoughForTheLongestLabel() {
        StringBuilder b = new StringBuilder();
        EvaluationText.confusion(b, "voices", of("organisation", "other", "returnee", "organisation"));

        assertThat(b.toString()).isEqualTo("""
                  voices
                               organisation        other
                  organisation            0            1
                  returnee                1            0
                """);
    }

    @Test
    void anEmptyTableWritesNothing() {
        StringBuilder b = new StringBuilder();
        EvaluationText.confusion(b, "voices", Confusion.EMPTY);
        assertThat(b).isEmpty();
    }
}
