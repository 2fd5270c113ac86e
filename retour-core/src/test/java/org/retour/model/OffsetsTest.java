package org.retour.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetsTest {

    @Test
    void findsTheFirstOffsetAtOrAfterAsALinearScanWouldOnRandomSortedArrays() {
        Random r = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            int[] a = new int[r.nextInt(20)];
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextInt(50);
            }
            Arrays.sort(a);
            int from = a.length == 0 ? 0 : r.nextInt(a.length + 1);
            int to = from + r.nextInt(a.length - from + 1);
            int offset = r.nextInt(60) - 5;
            int expected = from;
            while (expected < to && a[expected] < offset) {
                expected++;
            }
            assertThat(Offsets.firstAtOrAfter(a, from, to, offset)).isEqualTo(expected);
        }
    }

    @Test
    void answersTheEndWhenEveryOffsetIsBeforeAndTheStartWhenNoneIs() {
        int[] starts = {0, 4, 9, 9, 15};
        assertThat(Offsets.firstAtOrAfter(starts, 0, 5, 16)).isEqualTo(5);
        assertThat(Offsets.firstAtOrAfter(starts, 0, 5, -1)).isZero();
        assertThat(Offsets.firstAtOrAfter(starts, 0, 5, 9)).isEqualTo(2);
        assertThat(Offsets.firstAtOrAfter(starts, 3, 4, 0)).isEqualTo(3);
        assertThat(Offsets.firstAtOrAfter(new int[0], 0, 0, 3)).isZero();
    }

    @Test
    void findsTheFirstRecordWhoseSpanStartsAtOrAfterAnOffsetAsALinearScanWould() {
        Random r = new Random(11);
        for (int round = 0; round < 1_000; round++) {
            Span[] spans = new Span[r.nextInt(12)];
            int at = 0;
            for (int i = 0; i < spans.length; i++) {
                at += r.nextInt(4);
                spans[i] = new Span(at, at + 1 + r.nextInt(3));
            }
            List<Span> list = List.of(spans);
            int offset = r.nextInt(at + 6) - 2;
            int expected = 0;
            while (expected < spans.length && spans[expected].start() < offset) {
                expected++;
            }
            assertThat(Offsets.firstAtOrAfter(list, Span::start, offset)).isEqualTo(expected);
        }
        assertThat(Offsets.firstAtOrAfter(List.<Span>of(), Span::start, 3)).isZero();
    }
}
