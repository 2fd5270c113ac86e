package org.retour.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The last start at or before an offset, read from the table, is the one a search over the starts finds. */
class OffsetRunsTest {

    @Test
    void agreesWithASearchInsideAndOutsideTheText() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            int length = random.nextInt(300);
            int[] starts = random.ints(random.nextInt(40), 0, length + 1).distinct().sorted().toArray();
            OffsetRuns runs = new OffsetRuns(starts, length);
            for (int offset = -3; offset < length + 10; offset++) {
                int expected = -1;
                for (int i = 0; i < starts.length && starts[i] <= offset; i++) {
                    expected = i;
                }
                assertThat(runs.lastAtOrBefore(offset)).as("at %d of %d", offset, length).isEqualTo(expected);
            }
        }
    }
}
