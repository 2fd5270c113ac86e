package org.retour.store.ingest;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.retour.store.NewDocument;
import org.retour.store.ingest.Ingester.Analysed;
import org.retour.store.ingest.Ingester.End;
import org.retour.store.ingest.Ingester.Item;

/**
 * The writer's end of the ingest queue: takes the items in input order, in batches of the documents
 * ready in time, up to a number of documents or of characters, keeping the next item's future while it
 * waits for it.
 */
final class Batches {

    /**
     * The most text one transaction takes, in chars (about 64 MB): a batch of long documents closes
     * before its count is reached, so that it stays small beside the heap.
     */
    static final long MAX_CHARS = 32L << 20;

    private final BlockingQueue<Future<Item>> queue;
    private final int max;
    private Future<Item> head;

    Batches(BlockingQueue<Future<Item>> queue, int max) {
        this.queue = queue;
        this.max = max;
    }

    /**
     * Takes the next items into {@code batch}, the analysed documents among them into
     * {@code documents}: one item at least, then those ready in time, up to {@code max} documents
     * or the end.
     */
    void fill(List<Item> batch, List<NewDocument> documents) throws InterruptedException {
        long deadline = System.nanoTime() + Ingester.MAX_WAIT_NANOS;
        if (head == null) {
            head = queue.take();
        }
        long chars = 0;
        while (true) {
            Item item = take(head);
            head = null;
            batch.add(item);
            if (item instanceof Analysed a) {
                documents.add(a.document());
                chars += a.document().analysis().text().length();
            }
            if (item instanceof End || documents.size() >= max || chars >= MAX_CHARS) {
                return;
            }
            long left = deadline - System.nanoTime();
            head = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
            if (head == null || !head.isDone() && !ready(head, deadline - System.nanoTime())) {
                return;
            }
        }
    }

    private static boolean ready(Future<Item> f, long nanos) throws InterruptedException {
        if (nanos <= 0) {
            return false;
        }
        try {
            f.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** The item of a future, waiting for it; an analysis that threw is a bug, thrown again. */
    static Item take(Future<Item> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed", e.getCause());
        }
    }
}
