package org.retour.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapPeakTest {

    private static final int BIG = 96 << 20;

    @Test
    void remembersTheHeapInUseBeforeACollectionFreedItUntilReset() throws Exception {
        try (HeapPeak peak = new HeapPeak()) {
            System.gc();
            peak.reset();
            long base = peak.bytes();
            byte[] big = new byte[BIG];
            big[BIG - 1] = 1;
            assertThat(peak.bytes()).isGreaterThanOrEqualTo(base + BIG - (8 << 20));
            big = null;
            System.gc();
            long after = System.nanoTime() + 5_000_000_000L;
            assertThat(used()).isLessThan(base + BIG / 2);
            while (peak.bytes() < base + BIG - (8 << 20) && System.nanoTime() < after) {
                Thread.sleep(10);
            }
            assertThat(peak.bytes()).isGreaterThanOrEqualTo(base + BIG - (8 << 20))
                    .isLessThanOrEqualTo(HeapPeak.limitBytes());
            peak.reset();
            assertThat(peak.bytes()).isLessThan(base + BIG / 2);
        }
    }

    @Test
    void theLimitIsTheMaximumHeapAtLeastWhatTheRuntimeReports() {
        assertThat(HeapPeak.limitBytes()).isGreaterThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }

    private static long used() {
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
