package org.retour.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.retour.store.ingest.IngestProgress;

class ConsoleProgressTest {

    @Test
    void theBarShowsShareCountRateAndTimeLeft() {
        IngestProgress p = new IngestProgress(1500, 2, 250, 1000, 3_000_000_000L);
        assertThat(ConsoleProgress.bar(p)).isEqualTo("[########----------------------]  25% 1,500 documents, 500.0/s, 2 skipped, 0:09 left");
    }

    @Test
    void withoutATerminalItWritesPlainLinesAndNoControlCharacters() {
        StringWriter w = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(w), false);
        progress.accept(new IngestProgress(10, 0, 0, 0, 1_000_000_000L));
        progress.finish();
        assertThat(w.toString()).doesNotContain("\r").doesNotContain("\u001B");
    }

    @Test
    void longDurationsShowHours() {
        assertThat(ConsoleProgress.duration(3725)).isEqualTo("1:02:05");
        assertThat(ConsoleProgress.duration(65)).isEqualTo("1:05");
    }
}
