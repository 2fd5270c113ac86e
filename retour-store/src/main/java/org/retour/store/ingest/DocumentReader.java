package org.retour.store.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads the documents of one input format from a stream. */
public interface DocumentReader {

    /**
     * Reads every document in {@code in}, reporting each to {@code sink}; a damaged part is reported
     * as a {@link Skip} and reading goes on where it can.
     *
     * @param name how to call the input in messages and provenance (a path, or {@code <stdin>})
     * @throws IOException when the stream itself fails; what was read before stays reported
     */
    void read(InputStream in, String name, DocumentSink sink) throws IOException;
}
