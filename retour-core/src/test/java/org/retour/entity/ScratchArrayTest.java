package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ScratchArrayTest {

    @Test
    void handsOutTheSameArrayClearedOverTheTokensOfTheNextDocument() {
        ScratchArray<String> scratch = new ScratchArray<>(String[]::new);
        String[] first = scratch.cleared(10);
        assertThat(first.length).isGreaterThanOrEqualTo(10);
        first[0] = "l'EIIL";
        first[9] = "الدولة";
        String[] second = scratch.cleared(10);
        assertThat(second).isSameAs(first);
        assertThat(second[0]).isNull();
        assertThat(second[9]).isNull();
    }

    @Test
    void growsForALongerDocument() {
        ScratchArray.Booleans scratch = new ScratchArray.Booleans();
        boolean[] small = scratch.cleared(3);
        small[2] = true;
        boolean[] large = scratch.cleared(small.length + 1000);
        assertThat(large.length).isGreaterThanOrEqualTo(small.length + 1000);
        for (boolean b : large) {
            assertThat(b).isFalse();
        }
        assertThat(scratch.cleared(3)).isSameAs(large);
    }

    @Test
    void keepsOneArrayPerThread() throws InterruptedException {
        ScratchArray<String> scratch = new ScratchArray<>(String[]::new);
        String[] mine = scratch.cleared(5);
        AtomicReference<String[]> theirs = new AtomicReference<>();
        Thread t = new Thread(() -> theirs.set(scratch.cleared(5)));
        t.start();
        t.join();
        assertThat(theirs.get()).isNotNull().isNotSameAs(mine);
    }
}
