package org.retour.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.retour.store.Rows.FigureRow;
import org.retour.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retour figures}: the figures over time, with who stated them and where. */
@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "The figures over time (returnees, departures…): value, place, date, who said it, the source document.")
public final class FiguresCommand implements Callable<Integer> {

    @Mixin
    DbOptions db;

    @Option(names = "--country", paramLabel = "CC", description = "Only figures about this country or place (FR, DE…).")
    String country;

    @Option(names = "--limit", defaultValue = "200", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new UserException("--limit must be at least 1", ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = db.openForReading()) {
            List<FigureRow> rows = store.reports().figures(country, limit);
            if (format == OutputFormat.json) {
                out.println(OutputFormat.JSON.writeValueAsString(rows));
            } else {
                table(out, rows);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void table(PrintWriter out, List<FigureRow> rows) {
        if (rows.isEmpty()) {
            out.println("no figures");
            return;
        }
        out.printf(Locale.ROOT, "%-10s %10s  %-12s %-6s %-24s %s%n", "date", "value", "counts", "place", "stated by",
                "document");
        for (FigureRow f : rows) {
            String value = (f.approximate() ? "~" : "") + number(f.value());
            if (f.low() != null && f.high() != null) {
                value = number(f.low()) + "-" + number(f.high());
            }
            out.printf(Locale.ROOT, "%-10s %10s  %-12s %-6s %-24s #%d %s%n", nz(f.date()), value, nz(f.counts()),
                    nz(f.place()), cut(nz(f.statedBy()), 24), f.documentId(), f.title() != null ? f.title() : nz(f.uri()));
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
