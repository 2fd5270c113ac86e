package org.retour.store.ingest;

import java.util.Objects;

/**
 * How to ingest.
 *
 * @param source  the name of the collection the documents join
 * @param limits  the limits against hostile input
 * @param threads the analysis threads, at least 1
 */
public record IngestOptions(String source, IngestLimits limits, int threads) {

    public IngestOptions {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        if (source.isBlank()) {
            throw new IllegalArgumentException("the source name is empty");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** The defaults: one analysis thread per core. */
    public static IngestOptions of(String source) {
        return new IngestOptions(source, IngestLimits.DEFAULT, Runtime.getRuntime().availableProcessors());
    }
}
