package org.retour.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.model.Document;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Pipeline;
import org.retour.pipeline.Stage;
import org.retour.sample.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code retour bench analyze}: the speed of the whole analysis on a reproducible multilingual corpus,
 * on one core and on all, per stage, with peak heap and the time from JVM start to the first result.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Measure the analysis: articles/s and MB/s on one core and on all, per stage, heap, cold start.")
public final class BenchAnalyzeCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "4000", description = "Articles per measured run (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "0", description = "Threads for the all-cores run (0: one per core).")
    int threads;

    @Mixin
    ModelOptions models;

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
        if (articles < 1) {
            throw new UserException("--articles must be at least 1", ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        SyntheticCorpus corpus = SyntheticCorpus.standard();
        Pipeline pipeline = StandardPipeline.create(AnalyzerConfig.DEFAULT.withCoding(
                AnalyzeCommand.codingConfig(null, models, false)));
        pipeline.analyze(corpus.article(seed, 0));
        long coldStartMs = ManagementFactory.getRuntimeMXBean().getUptime();

        List<Document> docs = corpus.articles(seed, articles);
        long bytes = docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = threads > 0 ? threads : cores;
        out.printf(Locale.ROOT, "retour bench analyze: %d articles (fr, en, de, ar; %.1f KB each on average), seed %d%n",
                articles, bytes / 1024.0 / articles, seed);
        out.printf(Locale.ROOT, "machine: %d cores, %d MB max heap, Java %s%n", cores,
                HeapPeak.limitBytes() >> 20, System.getProperty("java.version"));
        out.printf(Locale.ROOT, "cold start (JVM start to first result): %d ms%n", coldStartMs);
        out.flush();

        // warm-up: full passes until one runs within 2% of the one before (at least two, at most
        // MAX_WARMUP_PASSES), so that the measured pass is the steady state of a long ingest: on two
        // cores the just-in-time compiler competes with the analysis for a while, and its start-up shows
        // in the cold start above, not in the rates below
        int passes = warmUp(pipeline, docs);
        out.printf(Locale.ROOT, "warm-up: %d passes%n", passes);
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        double serialSec = runSerial(pipeline, docs);
        double serialCpuSec = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "one core:      %8.0f articles/s  %6.2f MB/s (wall clock)%n", articles / serialSec,
                bytes / 1e6 / serialSec);
        out.printf(Locale.ROOT, "one core:      %8.0f articles/s  %6.2f MB/s (CPU time of the thread)%n",
                articles / serialCpuSec, bytes / 1e6 / serialCpuSec);
        out.flush();
        runParallel(pipeline, docs, workers); // the worker threads' own warm-up
        double parallelSec = runParallel(pipeline, docs, workers);
        out.printf(Locale.ROOT, "all cores (%d): %7.0f articles/s  %6.2f MB/s%n", workers, articles / parallelSec,
                bytes / 1e6 / parallelSec);
        out.printf(Locale.ROOT, "per stage (one core, CPU microseconds per article, median of %d passes; "
                + "KB allocated per article):%n", STAGE_PASSES);
        List<Map<String, Double>> measured = new ArrayList<>();
        Map<String, Double> allocated = new LinkedHashMap<>();
        double[] shares = new double[STAGE_PASSES];
        for (int p = 0; p < STAGE_PASSES; p++) {
            Map<String, Double> pass = perStage(pipeline, docs, allocated);
            measured.add(pass);
            double sum = pass.values().stream().mapToDouble(Double::doubleValue).sum();
            double c = pass.getOrDefault("coding", 0.0);
            shares[p] = c / Math.max(1e-9, sum - c);
        }
        Map<String, Double> stages = new LinkedHashMap<>();
        for (String stage : measured.get(0).keySet()) {
            stages.put(stage, median(measured.stream().mapToDouble(m -> m.get(stage)).toArray()));
            out.printf(Locale.ROOT, "  %-12s %8.1f %8.1f KB%n", stage, stages.get(stage), allocated.get(stage));
        }
        double total = stages.values().stream().mapToDouble(Double::doubleValue).sum();
        double coding = stages.getOrDefault("coding", 0.0);
        Arrays.sort(shares);
        out.printf(Locale.ROOT, "coding adds %.1f%% to the rest of the analysis (%.1f of %.1f microseconds; "
                        + "median of %d passes, from %.1f%% to %.1f%%)%n", 100 * median(shares), coding, total, STAGE_PASSES,
                100 * shares[0], 100 * shares[STAGE_PASSES - 1]);
        out.printf(Locale.ROOT, "peak heap: %d MB%n", heap.bytes() >> 20);
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Thread CPU time: unlike the wall clock, it does not count the time other processes hold the
     * cores, so per-stage figures stay comparable on a shared machine.
     */
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The passes whose per-stage times are measured; each figure printed is their median. */
    static final int STAGE_PASSES = 5;

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The most warm-up passes before the measured one. */
    static final int MAX_WARMUP_PASSES = 8;
    /** A pass within this fraction of the time of the pass before ends the warm-up. */
    static final double STEADY = 0.02;

    /** Runs warm-up passes until the time of a pass settles; returns how many ran. */
    private static int warmUp(Pipeline pipeline, List<Document> docs) {
        double previous = runSerial(pipeline, docs);
        int passes = 1;
        while (passes < MAX_WARMUP_PASSES) {
            double now = runSerial(pipeline, docs);
            passes++;
            if (Math.abs(now - previous) <= STEADY * previous) {
                break;
            }
            previous = now;
        }
        return passes;
    }

    private static double runSerial(Pipeline pipeline, List<Document> docs) {
        long t0 = System.nanoTime();
        long sink = 0;
        for (Document d : docs) {
            sink += pipeline.analyze(d).layers().size();
        }
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double runParallel(Pipeline pipeline, List<Document> docs, int workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            long t0 = System.nanoTime();
            List<Future<Integer>> futures = new ArrayList<>();
            int chunk = (docs.size() + workers - 1) / workers;
            for (int w = 0; w < workers; w++) {
                List<Document> part = docs.subList(Math.min(docs.size(), w * chunk), Math.min(docs.size(), (w + 1) * chunk));
                futures.add(pool.submit(() -> {
                    int n = 0;
                    for (Document d : part) {
                        n += pipeline.analyze(d).layers().size();
                    }
                    return n;
                }));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One pass of every stage over {@code docs}: CPU microseconds per article by stage; puts the kilobytes each
     * stage allocates per article into {@code allocated} (the last pass's, when per-document memos are warm).
     *
     * <p>Design decision: allocation is printed beside time because, unlike time, it does not vary with the load
     * of a shared host, so a change that allocates less shows even where the clock cannot tell two builds apart.
     */
    private static Map<String, Double> perStage(Pipeline pipeline, List<Document> docs, Map<String, Double> allocated) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (Stage s : pipeline.stages()) {
            nanos.put(s.name(), 0L);
            bytes.put(s.name(), 0L);
        }
        for (Document d : docs) {
            Analysis a = Analysis.of(d);
            for (Stage s : pipeline.stages()) {
                long b0 = allocatedBytes();
                long t0 = THREADS.getCurrentThreadCpuTime();
                a = s.apply(a);
                nanos.merge(s.name(), THREADS.getCurrentThreadCpuTime() - t0, Long::sum);
                bytes.merge(s.name(), allocatedBytes() - b0, Long::sum);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1e3 / docs.size()));
        bytes.forEach((k, v) -> allocated.put(k, v / 1024.0 / docs.size()));
        return out;
    }

    /** Bytes the current thread has allocated so far, or 0 where the virtual machine does not count them. */
    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean t ? Math.max(0, t.getCurrentThreadAllocatedBytes()) : 0;
    }

}
