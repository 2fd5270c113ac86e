package org.retour.store.ingest;

/**
 * The limits that protect ingest from hostile input.
 *
 * @param maxDocumentBytes     the largest document (a file, a JSONL text, a WARC record body)
 * @param maxDecompressedBytes the most bytes a compressed file may expand to (against gzip bombs)
 */
public record IngestLimits(long maxDocumentBytes, long maxDecompressedBytes) {

    /** 20 MB a document, 4 GB a compressed file. */
    public static final IngestLimits DEFAULT = new IngestLimits(20L << 20, 4L << 30);

    public IngestLimits {
        if (maxDocumentBytes <= 0 || maxDecompressedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
