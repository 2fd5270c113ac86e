package org.retour.store.ingest;

import java.util.Objects;

/**
 * How to ingest.
 *
 * @param source   the name of the collection the documents join
 * @param limits   the limits against hostile input
 * @param threads  the analysis threads, at least 1
 * @param maxBatch the most documents stored in one transaction, at least 1
 */
public record IngestOptions(String source, IngestLimits limits, int threads, int maxBatch) {

    /** The most documents stored in one transaction unless told otherwise. */
    public static final int DEFAULT_MAX_BATCH = 256;

    public IngestOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        if (source.isBlank()) {
            throw new IllegalArgumentException("the source name is empty");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("the batch must hold at least 1 document, not " + maxBatch);
        }
    }

    /** Options with transactions of up to {@link #DEFAULT_MAX_BATCH} documents. */
    public IngestOptions(String source, IngestLimits limits, int threads) {
        this(source, limits, threads, DEFAULT_MAX_BATCH);
    }

    /** The defaults: one analysis thread per core. */
    public static IngestOptions of(String source) {
        return new IngestOptions(source, IngestLimits.DEFAULT, Runtime.getRuntime().availableProcessors());
    }
}
