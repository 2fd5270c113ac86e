package org.retour.store.ingest;

/** Receives what a reader finds: documents, and parts of the input it had to skip. */
public interface DocumentSink {

    /** A document read. */
    void document(InputDocument document);

    /** A part of the input skipped, with the reason. */
    void skip(Skip skip);
}
