package org.retour.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessMemoryTest {

    @Test
    void readsAStatusLineInKilobytesAsBytes() {
        String status = "Name:\tjava\nVmPeak:\t 4000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t   2048 kB\n";
        assertThat(ProcessMemory.parse(status, "VmHWM:")).hasValue(123456L * 1024);
        assertThat(ProcessMemory.parse(status, "VmRSS:")).hasValue(2048L * 1024);
        assertThat(ProcessMemory.parse(status, "VmSwap:")).isEmpty();
        assertThat(ProcessMemory.parse("VmHWM:\tlots kB\n", "VmHWM:")).isEmpty();
    }

    @Test
    void thePeakIsAtLeastWhatIsResidentNowWhereTheSystemTellsIt() {
        OptionalLong now = ProcessMemory.residentBytes();
        OptionalLong peak = ProcessMemory.peakResidentBytes();
        assertThat(now.isPresent()).isEqualTo(peak.isPresent());
        if (now.isPresent()) {
            assertThat(peak.getAsLong()).isGreaterThanOrEqualTo(now.getAsLong()).isPositive();
        }
    }
}
