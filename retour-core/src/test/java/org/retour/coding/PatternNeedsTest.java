package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The standard cues and scope words against random buckets of a segment's words: a pattern is possible
 * exactly when each of its later terms is, as its steps say.
 */
class PatternNeedsTest {

    @Test
    void aPatternIsPossibleExactlyWhenEachOfItsLaterTermsIs() {
        List<CuePattern> patterns = StandardCues.patterns();
        PatternIndex<Integer> index = new PatternIndex<>();
        List<PatternStep[]> steps = new ArrayList<>();
        for (int id = 0; id < patterns.size(); id++) {
            index.add(id, patterns.get(id));
            steps.add(PatternStep.of(patterns.get(id).terms(), t -> -1));
        }
        Random r = new Random(3);
        int possible = 0;
        for (int round = 0; round < 200; round++) {
            long[] has = new long[PatternIndex.PREFIX_WORDS + PatternIndex.WHOLE_WORDS];
            // as many buckets as a sentence of a few words to a few dozen sets
            for (int k = 0, n = 1 + r.nextInt(60); k < n; k++) {
                int b = r.nextInt(256);
                int w = r.nextInt(1024);
                has[b >>> 6] |= 1L << b;
                has[PatternIndex.PREFIX_WORDS + (w >>> 6)] |= 1L << w;
            }
            for (int id = 0; id < patterns.size(); id++) {
                boolean expected = true;
                PatternStep[] s = steps.get(id);
                for (int t = 1; t < s.length; t++) {
                    expected &= s[t].gap > 0 || s[t].possibleIn(has);
                }
                assertThat(index.possible(id, has)).as(patterns.get(id).source()).isEqualTo(expected);
                possible += expected ? 1 : 0;
            }
        }
        assertThat(possible).as("some patterns are possible, some not").isBetween(1, 200 * patterns.size() - 1);
    }
}
