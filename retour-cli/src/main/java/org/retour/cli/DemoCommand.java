package org.retour.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.store.CorpusReports;
import org.retour.store.Rows;
import org.retour.store.Store;
import org.retour.store.StoreLocation;
import org.retour.store.index.SearchRequest;
import org.retour.store.ingest.IngestOptions;
import org.retour.store.ingest.IngestSummary;
import org.retour.store.ingest.Ingester;
import org.retour.store.ingest.InputExpander;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code retour demo}: ingests the bundled sample corpus into a fresh database and prints what a
 * researcher wants first.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the sample corpus into a fresh database and show documents by language, quotes by voice, "
                + "narratives by voice, the figures and an example search.",
                "The samples are the folder given by --samples, else $RETOUR_SAMPLES, else ./samples, else the "
                        + "samples folder of the installation; with the default samples, the development articles "
                        + "beside them (gold/dev: articles written for Retour, with their metadata headers) are "
                        + "ingested too."})
public final class DemoCommand implements Callable<Integer> {

    /** The example search: one idea in the four languages. */
    static final String EXAMPLE_QUERY = "combattants OR fighters OR Kämpfer OR مقاتلين";

    @Option(names = "--samples", paramLabel = "DIR", description = "The folder of sample articles.")
    Path samples;

    @Option(names = "--db", paramLabel = "FILE", description = "A new SQLite file for the demo corpus (default: in a new temporary folder).")
    Path dbFile;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = samplesDir();
        Path file = dbFile != null ? dbFile.toAbsolutePath() : Files.createTempDirectory("retour-demo").resolve("demo.db");
        if (Files.exists(file)) {
            throw new UserException(file + " already exists; the demo needs a fresh database (remove it or give another --db)",
                    ExitCodes.USAGE);
        }
        List<String> inputs = new java.util.ArrayList<>(List.of(dir.toString()));
        Path dev = dir.resolveSibling("gold").resolve("dev");
        if (samples == null && Files.isDirectory(dev)) {
            inputs.add(dev.toString());
        }
        out.println("Retour demo: the articles under " + String.join(" and ", inputs) + " into " + file);
        Quiet.libraries();
        try (Store store = Store.open(new StoreLocation.Sqlite(file, null))) {
            Ingester ingester = new Ingester(store, StandardPipeline.create(AnalyzerConfig.DEFAULT),
                    IngestOptions.of("samples"), System.in);
            ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.isTerminal());
            IngestSummary s = ingester.run(InputExpander.expand(inputs, Path.of("").toAbsolutePath()), progress);
            progress.finish();
            out.println(IngestCommand.summary(s, file.getFileName().toString()));
            IngestCommand.report(err, s);
            show(out, store.reports());
        }
        out.println();
        out.println("Explore it further:  ./retour search 'retour' --db " + file + "   ./retour quotes --db " + file);
        out.flush();
        return ExitCodes.OK;
    }

    private Path samplesDir() {
        if (samples != null) {
            if (!Files.isDirectory(samples)) {
                throw new UserException(samples + ": no such folder", ExitCodes.INPUT);
            }
            return samples.toAbsolutePath().normalize();
        }
        String env = System.getenv("RETOUR_SAMPLES");
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Path.of(env).toAbsolutePath().normalize();
        }
        if (Files.isDirectory(Path.of("samples"))) {
            return Path.of("samples").toAbsolutePath().normalize();
        }
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("samples"))) {
                    return p.resolve("samples");
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through
        }
        throw new UserException("cannot find the samples folder; give it with --samples DIR", ExitCodes.INPUT);
    }

    static void show(PrintWriter out, CorpusReports reports) {
        Rows.Totals t = reports.totals();
        out.println();
        out.printf(Locale.ROOT, "Documents by language (%,d documents, %,d exact and %,d near copies not counted)%n",
                t.canonical(), t.exactCopies(), t.nearCopies());
        reports.documentsByLanguage().forEach(c -> out.printf(Locale.ROOT, "  %-14s %6d%n", c.label(), c.count()));
        out.println();
        out.println("Quotes by voice");
        List<Rows.Count> quotes = reports.quotesByVoice();
        if (quotes.isEmpty()) {
            out.println("  (no quotes: the analysis found none)");
        }
        quotes.forEach(c -> out.printf(Locale.ROOT, "  %-14s %6d%n", c.label(), c.count()));
        out.println();
        out.println("Narratives by voice");
        List<Rows.NarrativeCount> narratives = reports.narrativesByVoice();
        if (narratives.isEmpty()) {
            out.println("  (no narrative codings: the analysis found none)");
        }
        narratives.forEach(n -> out.printf(Locale.ROOT, "  %-6s %-14s %6d%n", n.code(), n.voice(), n.count()));
        out.println();
        out.println("Figures");
        List<Rows.FigureRow> figures = reports.figures(null, 50);
        if (figures.isEmpty()) {
            out.println("  (no figures: the analysis found none)");
        } else {
            FiguresCommand.table(out, figures);
        }
        out.println();
        out.println("Example search: retour search \"" + EXAMPLE_QUERY + "\" --limit 5");
        SearchRequest r = SearchRequest.of(EXAMPLE_QUERY, 5);
        SearchCommand.render(out, reports.search(r), reports.countMatches(r));
    }
}
