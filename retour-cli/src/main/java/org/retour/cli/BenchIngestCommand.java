package org.retour.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.lang.LanguageConfig;
import org.retour.model.Document;
import org.retour.pipeline.Pipeline;
import org.retour.sample.SyntheticCorpus;
import org.retour.store.Store;
import org.retour.store.StoreLocation;
import org.retour.store.index.SearchRequest;
import org.retour.store.ingest.IngestLimits;
import org.retour.store.ingest.IngestOptions;
import org.retour.store.ingest.IngestSummary;
import org.retour.store.ingest.Ingester;
import org.retour.store.ingest.InputDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code retour bench ingest}: ingest speed end to end (analysis, duplicates, database, index) into
 * SQLite and PostgreSQL, index size, memory, and search latency, on generated articles with planted
 * near copies.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Measure ingest end to end into SQLite+Lucene and PostgreSQL+Lucene, index size, memory and search latency.")
public final class BenchIngestCommand implements Callable<Integer> {

    /** The search mix: words, phrases, boolean and prefix queries in the four languages, some with filters. */
    static final List<String> QUERIES = List.of("combattants", "retour", "fighters", "returned", "Kämpfer",
            "Rückkehrer", "مقاتلين", "\"phase finale\"", "\"other Muslims\"", "Raqqa", "Mosul OR Mossoul",
            "traîtres", "régime AND musulmans", "Verfassungsschutz", "defector", "minist*", "executed", "Aleppo",
            "combat* AND syrie", "Syria -Iraq");

    @Option(names = "--articles", defaultValue = "100000", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--near-copies", defaultValue = "0.05", description = "Share of near copies planted (default: ${DEFAULT-VALUE}).")
    double nearShare;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads (0: one per core).")
    int threads;

    @Option(names = "--queries", defaultValue = "400", description = "Searches timed (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--postgres", defaultValue = "embedded",
            description = "embedded (start a PostgreSQL server for the run), skip, or a jdbc:postgresql:// URL of an empty database.")
    String postgres;

    @Option(names = "--pg-articles", defaultValue = "0", description = "Articles for the PostgreSQL run (0: as many as --articles).")
    int pgArticles;

    @Option(names = "--analysis", defaultValue = "standard",
            description = "standard (the whole analysis) or light (no language per sentence), to tell the store's "
                    + "cost from the analysis's (default: ${DEFAULT-VALUE}).")
    String analysis;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to put the databases (default: a temporary folder, removed after).")
    Path dir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The peak heap of this run. */
    private HeapPeak heap;

    @Override
    public Integer call() throws Exception {
        try (HeapPeak h = new HeapPeak()) {
            heap = h;
            return measure();
        }
    }

    private Integer measure() throws Exception {
        if (articles < 10 || nearShare < 0 || nearShare > 0.5 || queries < 1) {
            throw new UserException("--articles must be at least 10, --near-copies within [0, 0.5], --queries at least 1",
                    ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        Quiet.libraries();
        boolean temporary = dir == null;
        Path root = temporary ? Files.createTempDirectory("retour-bench") : Files.createDirectories(dir);
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "retour bench ingest: %,d articles (fr, en, de, ar; about 4 KB), %.0f%% near copies, "
                + "%s analysis on %d threads, %d cores, %d MB max heap, Java %s%n", articles, nearShare * 100, analysis, workers,
                Runtime.getRuntime().availableProcessors(), HeapPeak.limitBytes() >> 20,
                System.getProperty("java.version"));
        out.flush();
        if (!analysis.equals("standard") && !analysis.equals("light")) {
            throw new UserException("--analysis is standard or light, not '" + analysis + "'", ExitCodes.USAGE);
        }
        Pipeline pipeline = StandardPipeline.create(analysis.equals("standard") ? AnalyzerConfig.DEFAULT
                : new AnalyzerConfig(LanguageConfig.DEFAULT, false));
        SyntheticCorpus corpus = SyntheticCorpus.standard();
        try {
            run(out, "SQLite + Lucene", new StoreLocation.Sqlite(root.resolve("bench.db"), null), pipeline, corpus,
                    workers, articles);
            if (!postgres.equals("skip")) {
                int n = pgArticles > 0 ? pgArticles : articles;
                if (postgres.startsWith("jdbc:postgresql:")) {
                    run(out, "PostgreSQL + Lucene", new StoreLocation.Postgres(postgres, root.resolve("pg.index")),
                            pipeline, corpus, workers, n);
                } else {
                    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(root.resolve("pgdata"))
                            .setCleanDataDirectory(true).start()) {
                        run(out, "PostgreSQL + Lucene (embedded server)", new StoreLocation.Postgres(
                                pg.getJdbcUrl("postgres", "postgres"), root.resolve("pg.index")), pipeline, corpus, workers, n);
                    }
                }
            }
        } finally {
            if (temporary) {
                delete(root);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void run(PrintWriter out, String label, StoreLocation location, Pipeline pipeline, SyntheticCorpus corpus,
                     int workers, int n) throws Exception {
        resetPeaks();
        int[] planted = new int[1];
        Iterable<InputDocument> docs = () -> generate(corpus, n, planted);
        IngestSummary s;
        long indexBytes;
        try (Store store = Store.open(location)) {
            Ingester ingester = new Ingester(store, pipeline, new IngestOptions("bench", IngestLimits.DEFAULT, workers),
                    System.in);
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), ConsoleProgress.isTerminal());
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            s = ingester.runDocuments(docs, n, progress);
            double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6 / s.read();
            int cores = Runtime.getRuntime().availableProcessors();
            progress.finish();
            long ingestHeap = heap.bytes();
            String resident = ProcessMemory.peakResidentBytes().stream()
                    .mapToObj(b -> String.format(Locale.ROOT, "; the process at most %d MB resident "
                            + "(heap, page cache, mapped files)", b >> 20)).findFirst().orElse("");
            System.gc();
            long liveHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            indexBytes = store.index().sizeBytes();
            out.printf(Locale.ROOT, "%s: %,d articles in %.1f s = %.0f articles/s end to end "
                            + "(stored %,d, near copies %,d of %,d planted, exact %,d)%n", label, s.read(), s.seconds(),
                    s.read() / s.seconds(), s.stored(), s.nearCopies(), planted[0], s.exactCopies());
            String dbSize = location instanceof StoreLocation.Sqlite q ? String.format(Locale.ROOT, ", database %.0f MB",
                    size(q.file().resolveSibling(q.file().getFileName() + "-wal"), q.file()) / 1e6) : "";
            out.printf(Locale.ROOT, "  storing alone (database, duplicates, index; analysis excluded): %.2f ms an article "
                    + "= %.0f articles/s on one thread; %.2f ms of processor time%n", s.storeSeconds() * 1e3 / s.read(),
                    s.read() / s.storeSeconds(), s.storeCpuSeconds() * 1e3 / s.read());
            String server = location instanceof StoreLocation.Postgres ? "; the PostgreSQL server's own not counted" : "";
            out.printf(Locale.ROOT, "  processor time of this process: %.2f ms an article (analysis, storing, index "
                    + "merges, GC%s), %.0f articles/s if it had the %d cores to itself "
                    + "(load average now %.1f)%n", cpuMs, server, 1e3 * cores / cpuMs, cores, os.getSystemLoadAverage());
            out.printf(Locale.ROOT, "  index %.0f MB%s, peak heap during ingest %d MB (of %d MB allowed), "
                    + "%d MB in use after a full GC%s%n", indexBytes / 1e6, dbSize, ingestHeap >> 20,
                    HeapPeak.limitBytes() >> 20, liveHeap >> 20, resident);
            out.flush();
            searchLatency(out, store);
        }
        out.flush();
    }

    private void searchLatency(PrintWriter out, Store store) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < Math.min(100, queries); i++) {
            store.reports().search(request(rnd));
        }
        long[] nanos = new long[queries];
        for (int i = 0; i < queries; i++) {
            SearchRequest r = request(rnd);
            long t0 = System.nanoTime();
            store.reports().search(r);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "  search (%d queries, top 10 with snippets): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; "
                        + "peak heap %d MB%n", queries, pct(nanos, 0.50), pct(nanos, 0.95), pct(nanos, 0.99),
                heap.bytes() >> 20);
    }

    private static SearchRequest request(SplittableRandom rnd) {
        String q = QUERIES.get(rnd.nextInt(QUERIES.size()));
        return switch (rnd.nextInt(4)) {
            case 0 -> new SearchRequest(q, null, null, null, null, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31),
                    null, null, 10);
            case 1 -> new SearchRequest(q, List.of("fr", "en", "de", "ar").get(rnd.nextInt(4)), null, null, null, null,
                    null, null, null, 10);
            default -> SearchRequest.of(q, 10);
        };
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** The articles, each a near copy of an earlier one with probability {@code nearShare}. */
    private Iterator<InputDocument> generate(SyntheticCorpus corpus, int n, int[] planted) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5A5A);
        int[] originals = new int[n];
        return new Iterator<>() {
            int i;
            int bases;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public InputDocument next() {
                int index = i++;
                if (index > 10 && rnd.nextDouble() < nearShare) {
                    planted[0]++;
                    Document original = corpus.article(seed, originals[rnd.nextInt(bases)]);
                    String text = original.text().replaceFirst("\\d+", String.valueOf(1000 + rnd.nextInt(9000)))
                            + "\n(" + index + ")";
                    return new InputDocument("bench:" + index, text, null, null, "Reprint", original.published(), null,
                            List.of());
                }
                originals[bases++] = index;
                Document d = corpus.article(seed, index);
                return new InputDocument("bench:" + index, d.text(), null, null, d.source().outlet(), d.published(), null,
                        List.of());
            }
        };
    }

    private static long size(Path... files) {
        long sum = 0;
        for (Path f : files) {
            try {
                sum += Files.exists(f) ? Files.size(f) : 0;
            } catch (IOException e) {
                // not counted
            }
        }
        return sum;
    }

    private void resetPeaks() {
        System.gc();
        heap.reset();
        ProcessMemory.resetPeak();
    }


    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind in the temporary folder
                }
            });
        } catch (IOException e) {
            // left behind in the temporary folder
        }
    }
}
