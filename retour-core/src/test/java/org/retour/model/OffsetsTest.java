package org.retour.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
}
