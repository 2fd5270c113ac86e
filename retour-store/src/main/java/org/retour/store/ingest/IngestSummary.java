package org.retour.store.ingest;

import java.util.List;

/**
 * What an ingest did.
 *
 * @param read        documents read from the inputs
 * @param stored      new documents stored with their analysis
 * @param exactCopies documents stored as exact copies of earlier ones
 * @param nearCopies  documents stored as near copies of earlier ones
 * @param unchanged   documents already stored from the same input
 * @param skipped     inputs or parts of inputs skipped, with reasons
 * @param warnings    one-line warnings
 * @param seconds     the wall-clock time
 * @param bytes       the input bytes read
 * @param storeSeconds the time spent storing (database, duplicates, index), the rest being reading and analysis
 * @param storeCpuSeconds the processor time the storing thread spent storing, which other processes'
 *                    load affects less than {@code storeSeconds}
 */
public record IngestSummary(long read, long stored, long exactCopies, long nearCopies, long unchanged,
                            List<Skip> skipped, List<String> warnings, double seconds, long bytes,
                            double storeSeconds, double storeCpuSeconds) {

    public IngestSummary {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** Whether something was skipped. */
    public boolean partial() {
        return !skipped.isEmpty();
    }
}
