package org.retour.store.ingest;

/**
 * A snapshot of a running ingest.
 *
 * @param documents  documents handled so far (stored, copies, unchanged)
 * @param skipped    inputs skipped so far
 * @param bytesDone  input bytes read so far
 * @param bytesTotal the input bytes in all, or 0 when unknown (standard input)
 * @param nanos      the time since the start
 */
public record IngestProgress(long documents, long skipped, long bytesDone, long bytesTotal, long nanos) {

    /** Documents per second so far. */
    public double rate() {
        return nanos == 0 ? 0 : documents / (nanos / 1e9);
    }

    /** The estimated seconds left, or -1 when unknown. */
    public double etaSeconds() {
        if (bytesTotal <= 0 || bytesDone <= 0 || bytesDone >= bytesTotal) {
            return bytesDone >= bytesTotal && bytesTotal > 0 ? 0 : -1;
        }
        double secs = nanos / 1e9;
        return secs * (bytesTotal - bytesDone) / bytesDone;
    }

    /** The fraction done in [0,1], or -1 when unknown. */
    public double fraction() {
        return bytesTotal <= 0 ? -1 : Math.min(1.0, (double) bytesDone / bytesTotal);
    }
}
