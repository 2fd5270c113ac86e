package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.model.Span;

/** The segments' units come out in the order a stable sort by span gives, the quotes' first on equal spans. */
class UnitOrderTest {

    private static TestimonySegmenter.Unit unit(int start, int end, String id) {
        Span s = new Span(start, end);
        return new TestimonySegmenter.Unit(new Segment(s, List.of(s), "fr", id, "defector", null), CueTokens.of(""),
                CueIndex.Found.NONE);
    }

    private static List<TestimonySegmenter.Unit> run(Random r, int n, String prefix, boolean inOrder) {
        List<TestimonySegmenter.Unit> out = new ArrayList<>();
        int at = 0;
        for (int k = 0; k < n; k++) {
            int start = inOrder ? at + r.nextInt(3) : r.nextInt(40);
            out.add(unit(start, start + 1 + r.nextInt(3), prefix + k));
            at = start;
        }
        return out;
    }

    @Test
    void mergedRunsMatchAStableSortOfQuotesThenSentences() {
        Random r = new Random(17);
        for (int round = 0; round < 2000; round++) {
            boolean inOrder = round % 5 != 0;
            List<TestimonySegmenter.Unit> units = new ArrayList<>(run(r, r.nextInt(8), "q", inOrder));
            int split = units.size();
            units.addAll(run(r, r.nextInt(8), "s", inOrder || r.nextBoolean()));
            List<TestimonySegmenter.Unit> expected = new ArrayList<>(units);
            expected.sort(Comparator.comparing(u -> u.segment().span()));
            assertThat(UnitOrder.inTextOrder(units, split)).containsExactlyElementsOf(expected);
        }
    }
}
