package org.retour.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.store.Store;
import org.retour.store.ingest.IngestLimits;
import org.retour.store.ingest.IngestOptions;
import org.retour.store.ingest.IngestSummary;
import org.retour.store.ingest.Ingester;
import org.retour.store.ingest.InputExpander;
import org.retour.store.ingest.InputSource;
import org.retour.store.ingest.Skip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retour ingest}: reads files, folders, globs and standard input into the corpus. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles into the corpus, analysed, without duplicates: .txt, .html/.htm, .jsonl, "
                + ".warc/.warc.gz, RSS/Atom (.rss, .atom, .xml), folders (recursively), globs, and - for standard input.",
                "Running it again on the same input changes nothing; after a crash, run it again.",
                "Exit code 3 when some inputs were skipped (each is reported with its reason)."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, globs ('corpus/**/*.txt'), or -.")
    List<String> paths;

    @Mixin
    DbOptions db;

    @Option(names = "--source", paramLabel = "NAME", defaultValue = "default",
            description = "The collection the documents join (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (0: one per core).")
    int threads;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "20MB", converter = Converters.ByteSize.class,
            description = "Skip documents larger than this (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--max-decompressed", paramLabel = "SIZE", defaultValue = "4GB", converter = Converters.ByteSize.class,
            description = "Stop reading a .gz file that expands past this (default: ${DEFAULT-VALUE}).")
    long maxDecompressed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<InputSource> sources = InputExpander.expand(paths, Path.of("").toAbsolutePath());
        IngestOptions options = new IngestOptions(source, new IngestLimits(maxSize, maxDecompressed),
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        IngestSummary s;
        try (Store store = db.open()) {
            Ingester ingester = new Ingester(store, StandardPipeline.create(AnalyzerConfig.DEFAULT), options, System.in);
            ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.isTerminal());
            s = ingester.run(sources, progress);
            progress.finish();
            out.println(summary(s, store.location().describe()));
        }
        report(err, s);
        return s.partial() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    static String summary(IngestSummary s, String where) {
        return String.format(Locale.ROOT, "ingested into %s: %,d read, %,d stored, %,d exact copies, %,d near copies, "
                        + "%,d already stored, %,d skipped (%.1f s, %.1f documents/s)", where, s.read(), s.stored(),
                s.exactCopies(), s.nearCopies(), s.unchanged(), s.skipped().size(), s.seconds(),
                s.seconds() > 0 ? s.read() / s.seconds() : 0);
    }

    static void report(PrintWriter err, IngestSummary s) {
        int shown = 0;
        for (String w : s.warnings()) {
            if (shown++ == 20) {
                err.println("retour: warning: … and " + (s.warnings().size() - 20) + " more warnings");
                break;
            }
            err.println("retour: warning: " + w);
        }
        shown = 0;
        for (Skip k : s.skipped()) {
            if (shown++ == 100) {
                err.println("retour: skipped … and " + (s.skipped().size() - 100) + " more");
                break;
            }
            err.println("retour: skipped " + k);
        }
        err.flush();
    }
}
