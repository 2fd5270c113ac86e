package org.retour.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.retour.store.ingest.IngestProgress;

/**
 * Shows an ingest's progress on standard error: on a terminal a bar with count, rate and time left,
 * redrawn in place; otherwise a plain line every few seconds.
 */
final class ConsoleProgress implements Consumer<IngestProgress> {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final long intervalNanos;
    private long last;
    private boolean drawn;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 150_000_000L : 10_000_000_000L;
        this.last = System.nanoTime();
    }

    /** Whether standard error is a terminal a bar can be drawn on. */
    static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void accept(IngestProgress p) {
        long now = System.nanoTime();
        if (now - last < intervalNanos) {
            return;
        }
        last = now;
        if (terminal) {
            err.print("\r" + bar(p) + "\u001B[K");
            drawn = true;
        } else {
            double f = p.fraction();
            err.println("retour: ingest: " + (f >= 0 ? String.format(Locale.ROOT, "%.0f%% done, ", f * 100) : "")
                    + line(p));
        }
        err.flush();
    }

    /** Clears the bar before the summary is printed. */
    void finish() {
        if (drawn) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }

    static String bar(IngestProgress p) {
        double f = p.fraction();
        StringBuilder b = new StringBuilder();
        if (f >= 0) {
            int full = (int) Math.round(f * WIDTH);
            b.append('[').append("#".repeat(full)).append("-".repeat(WIDTH - full)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%% ", f * 100));
        }
        return b.append(line(p)).toString();
    }

    static String line(IngestProgress p) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d documents, %.1f/s", p.documents(), p.rate()));
        if (p.skipped() > 0) {
            b.append(String.format(Locale.ROOT, ", %,d skipped", p.skipped()));
        }
        double eta = p.etaSeconds();
        if (eta >= 0) {
            b.append(", ").append(duration(eta)).append(" left");
        }
        return b.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
