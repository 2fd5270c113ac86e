package org.retour.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.retour.store.index.CorpusIndex;
import org.retour.store.index.IndexedDocument;

/**
 * The index thread of a writer: adds the entries of documents whose rows are committed and commits the
 * index now and then, one batch at a time behind the database, so that the writer goes on with the
 * next batch while Lucene works.
 *
 * <p>An index commit records the highest document id it covers; the entries of every document up to
 * it were handed over before, so a crash leaves the index behind the database, never ahead, and the
 * store catches up on opening. Used from the writer's thread only.
 */
final class IndexFeeder implements AutoCloseable {

    /** The most entries between index commits. */
    static final int COMMIT_EVERY = 5_000;
    /** The longest time between index commits. */
    static final long COMMIT_NANOS = 10_000_000_000L;

    private final CorpusIndex index;
    private final String instance;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "retour-index");
        t.setDaemon(true);
        return t;
    });
    private Future<?> running = CompletableFuture.completedFuture(null);
    private long sinceCommit;
    private long lastCommit = System.nanoTime();

    IndexFeeder(CorpusIndex index, String instance) {
        this.index = index;
        this.instance = instance;
    }

    /**
     * Hands over the entries of documents just committed to the database, all documents up to
     * {@code watermark} being committed; waits first for the entries handed over before.
     */
    void add(List<IndexedDocument> entries, long watermark) {
        await();
        sinceCommit += entries.size();
        boolean commit = sinceCommit >= COMMIT_EVERY || System.nanoTime() - lastCommit > COMMIT_NANOS;
        if (commit) {
            sinceCommit = 0;
            lastCommit = System.nanoTime();
        }
        running = thread.submit(() -> {
            for (IndexedDocument e : entries) {
                index.addNew(e);
            }
            if (commit) {
                index.commit(instance, watermark);
            }
        });
    }

    /** Waits for the entries handed over and makes the index durable up to {@code watermark}. */
    void commit(long watermark) {
        await();
        index.commit(instance, watermark);
        sinceCommit = 0;
        lastCommit = System.nanoTime();
    }

    /** Waits until the entries handed over are in the index; throws what adding them threw. */
    void await() {
        try {
            running.get();
        } catch (ExecutionException e) {
            running = CompletableFuture.completedFuture(null);
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("cannot add to the search index: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while adding to the search index", e);
        }
    }

    /** Stops the thread once what it was handed is done. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
