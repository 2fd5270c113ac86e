package org.retour.store.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.retour.model.Document;
import org.retour.model.SourceMetadata;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Pipeline;
import org.retour.store.NewDocument;
import org.retour.store.SaveOutcome;
import org.retour.store.Store;
import org.retour.store.StoreWriter;

/**
 * Ingests inputs into a store: one thread reads, the analysis runs on several, and the calling thread
 * stores the documents in input order, so that the first copy of a text is always the one kept, many
 * in one transaction.
 *
 * <p>The writer takes the documents whose analysis is done, waiting up to {@link #MAX_WAIT_NANOS} for
 * more until it has {@link IngestOptions#maxBatch()}: a large transaction costs the database far less
 * per document than a small one, and the analysis goes on meanwhile, up to the queue's bound.
 *
 * <p>Design decision: the queue holds one batch and a few documents per analysis thread, enough for
 * the analysis to prepare the next batch while one is written. Every analysis waiting in it lives
 * through a collection or two; with room for two batches, copying them made the collector's pauses
 * half as long again.
 */
public final class Ingester {
    /** How long the writer waits for a batch to fill before storing what it has. */
    static final long MAX_WAIT_NANOS = 250_000_000L;

    private final Store store;
    private final Pipeline pipeline;
    private final IngestOptions options;
    private final InputStream stdin;
    /** Why the database refused a document, from {@link #save} until reported. */
    private final java.util.Map<NewDocument, String> refusals = new java.util.IdentityHashMap<>();

    /** An ingester into {@code store}, analysing with {@code pipeline}, reading {@code stdin} for "-". */
    public Ingester(Store store, Pipeline pipeline, IngestOptions options, InputStream stdin) {
        this.store = store;
        this.pipeline = pipeline;
        this.options = options;
        this.stdin = stdin;
    }

    /** What the reader hands to the writer, in input order. */
    sealed interface Item {
    }

    record Analysed(NewDocument document, String origin, List<String> warnings, long bytes) implements Item {
    }

    record Skipped(Skip skip, long bytes) implements Item {
    }

    record End() implements Item {
    }

    /** Ingests {@code sources}, calling {@code progress} after each document on the calling thread. */
    public IngestSummary run(List<InputSource> sources, Consumer<IngestProgress> progress) throws InterruptedException {
        long total = 0;
        for (InputSource s : sources) {
            if (s instanceof InputSource.File f) {
                try {
                    total += Files.size(f.path());
                } catch (IOException e) {
                    // reported when read
                }
            }
        }
        return run((queue, analysts, bytes) -> {
            for (InputSource s : sources) {
                readOne(s, queue, analysts, bytes);
            }
        }, total, progress);
    }

    /**
     * Ingests documents already in memory (generated ones, for benchmarks); progress counts documents
     * against {@code expected}.
     */
    public IngestSummary runDocuments(Iterable<InputDocument> documents, long expected, Consumer<IngestProgress> progress)
            throws InterruptedException {
        return run((queue, analysts, bytes) -> {
            for (InputDocument d : documents) {
                bytes.incrementAndGet();
                try {
                    submit(queue, analysts, d, bytes.get());
                } catch (QueueInterrupted e) {
                    throw new InterruptedException();
                }
            }
        }, expected, progress);
    }

    /** What the reader thread runs: it hands items to the queue. */
    private interface Producer {
        void produce(BlockingQueue<Future<Item>> queue, ExecutorService analysts, AtomicLong bytes)
                throws InterruptedException;
    }

    private IngestSummary run(Producer producer, long total, Consumer<IngestProgress> progress)
            throws InterruptedException {
        long start = System.nanoTime();
        BlockingQueue<Future<Item>> queue = new ArrayBlockingQueue<>(options.maxBatch() + 16 * options.threads());
        ExecutorService analysts = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "retour-analysis");
            t.setDaemon(true);
            return t;
        });
        AtomicLong bytes = new AtomicLong();
        Thread reader = Thread.ofPlatform().name("retour-reader").daemon().start(() -> {
            try {
                producer.produce(queue, analysts, bytes);
                queue.put(CompletableFuture.completedFuture(new End()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long read = 0;
        long stored = 0;
        long exact = 0;
        long near = 0;
        long unchanged = 0;
        List<Skip> skips = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        long lastBytes = 0;
        long storeNanos = 0;
        long storeCpuNanos = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        try (StoreWriter writer = store.writer()) {
            boolean end = false;
            Batches batches = new Batches(queue, options.maxBatch());
            List<Item> batch = new ArrayList<>();
            List<NewDocument> documents = new ArrayList<>();
            while (!end) {
                batch.clear();
                documents.clear();
                batches.fill(batch, documents);
                long t0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                List<SaveOutcome> outcomes = save(writer, documents);
                storeNanos += System.nanoTime() - t0;
                storeCpuNanos += cpu.getCurrentThreadCpuTime() - c0;
                int saved = 0;
                for (Item item : batch) {
                    if (item instanceof End) {
                        end = true;
                        break;
                    }
                    if (item instanceof Skipped s) {
                        skips.add(s.skip());
                        lastBytes = s.bytes();
                    } else if (item instanceof Analysed a) {
                        SaveOutcome outcome = outcomes.get(saved++);
                        lastBytes = a.bytes();
                        if (outcome == null) {
                            skips.add(new Skip(a.origin(), "refused by the database (" + refusals.remove(a.document()) + ")"));
                            progress.accept(new IngestProgress(read, skips.size(), lastBytes, total, System.nanoTime() - start));
                            continue;
                        }
                        read++;
                        warnings.addAll(a.warnings());
                        switch (outcome) {
                            case SaveOutcome.Stored st -> stored++;
                            case SaveOutcome.Duplicate d -> {
                                if (d.kind().equals("exact")) {
                                    exact++;
                                } else {
                                    near++;
                                }
                            }
                            case SaveOutcome.Unchanged u -> unchanged++;
                        }
                    }
                    progress.accept(new IngestProgress(read, skips.size(), lastBytes, total, System.nanoTime() - start));
                }
            }
        } finally {
            reader.interrupt();
            analysts.shutdownNow();
        }
        return new IngestSummary(read, stored, exact, near, unchanged, skips, warnings,
                (System.nanoTime() - start) / 1e9, lastBytes, storeNanos / 1e9, storeCpuNanos / 1e9);
    }

    /**
     * Stores a batch in one transaction; when the database refuses a document of it, stores the
     * documents one transaction each instead, and gives null for those refused, with the reason in
     * {@link #refusals}.
     */
    private List<SaveOutcome> save(StoreWriter writer, List<NewDocument> documents) {
        try {
            return writer.saveAll(documents);
        } catch (StoreWriter.RefusedException e) {
            if (documents.size() == 1) {
                refusals.put(documents.getFirst(), e.getMessage());
                return java.util.Collections.singletonList(null);
            }
        }
        List<SaveOutcome> out = new ArrayList<>(documents.size());
        for (NewDocument d : documents) {
            out.add(save(writer, List.of(d)).getFirst());
        }
        return out;
    }

    private void readOne(InputSource s, BlockingQueue<Future<Item>> queue, ExecutorService analysts, AtomicLong bytes)
            throws InterruptedException {
        if (s instanceof InputSource.Missing m) {
            put(queue, new Skipped(new Skip(m.given(), m.reason()), bytes.get()));
            return;
        }
        long before = bytes.get();
        String name = s.name();
        DocumentSink sink = new DocumentSink() {
            @Override
            public void document(InputDocument d) {
                long at = bytes.get();
                submit(queue, analysts, d, at);
            }

            @Override
            public void skip(Skip skip) {
                put(queue, new Skipped(skip, bytes.get()));
            }
        };
        try (InputStream raw = open(s, bytes)) {
            InputStream in = raw;
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
                in = new BoundedInputStream(new GZIPInputStream(raw, 65536), options.limits().maxDecompressedBytes(), name);
            }
            BufferedInputStream buffered = new BufferedInputStream(in, 65536);
            InputFormat format = s instanceof InputSource.File ? InputFormat.byName(name) : null;
            if (format == null) {
                buffered.mark(4096);
                byte[] head = new byte[4096];
                int n = buffered.readNBytes(head, 0, head.length);
                buffered.reset();
                format = InputFormat.sniff(head, n);
            }
            format.reader(options.limits()).read(buffered, name, sink);
        } catch (NoSuchFileException e) {
            sink.skip(new Skip(name, "no such file"));
        } catch (AccessDeniedException e) {
            sink.skip(new Skip(name, "permission denied"));
        } catch (BoundedInputStream.LimitExceeded e) {
            sink.skip(new Skip(name, e.getMessage().startsWith(name + " ")
                    ? e.getMessage().substring(name.length() + 1) : e.getMessage()));
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            sink.skip(new Skip(name, "damaged or truncated compressed file (" + e.getMessage() + ")"));
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.skip(new Skip(name, "cannot be read (" + e.getMessage() + ")"));
        } catch (QueueInterrupted e) {
            throw new InterruptedException();
        } catch (RuntimeException e) {
            sink.skip(new Skip(name, "cannot be read (" + e + ")"));
        }
        if (s instanceof InputSource.File f) {
            try {
                bytes.set(before + Files.size(f.path()));
            } catch (IOException e) {
                // the size was only for progress
            }
        }
    }

    private InputStream open(InputSource s, AtomicLong bytes) throws IOException {
        InputStream in = switch (s) {
            case InputSource.File f -> Files.newInputStream(f.path());
            case InputSource.Stdin st -> new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input stays open
                }
            };
            case InputSource.Missing m -> throw new NoSuchFileException(m.given());
        };
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytes.addAndGet(n);
                }
                return n;
            }
        };
    }

    /** Thrown through a reader when the ingest is interrupted. */
    private static final class QueueInterrupted extends RuntimeException {
    }

    private static void put(BlockingQueue<Future<Item>> queue, Item item) {
        try {
            queue.put(CompletableFuture.completedFuture(item));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueueInterrupted();
        }
    }

    private void submit(BlockingQueue<Future<Item>> queue, ExecutorService analysts, InputDocument d, long at) {
        Future<Item> f = analysts.submit(() -> analyse(d, at));
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueueInterrupted();
        }
    }

    /**
     * What of an analysis waits for the writer: all but the working layers the store does not keep
     * (tokens, quotation marks before attribution), which are over half of an analysis's memory.
     */
    static Analysis stored(Analysis a) {
        return a.without(Layers.TOKENS).without(Layers.MARKED_QUOTES);
    }

    private Item analyse(InputDocument d, long at) {
        try {
            Document doc = new Document(null, d.text(), d.language(), d.published(),
                    new SourceMetadata(d.url() != null ? d.url() : d.origin(), d.title(), d.outlet()));
            return new Analysed(NewDocument.of(options.source(), d.origin(), stored(pipeline.analyze(doc))), d.origin(),
                    d.warnings(), at);
        } catch (RuntimeException e) {
            return new Skipped(new Skip(d.origin(), "analysis failed (" + e + ")"), at);
        }
    }

}
