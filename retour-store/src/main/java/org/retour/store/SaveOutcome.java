package org.retour.store;

/** What storing one document did. */
public sealed interface SaveOutcome {

    /** The document's row id. */
    long id();

    /** Stored as a new canonical document, with its analysis, and indexed. */
    record Stored(long id) implements SaveOutcome {
    }

    /**
     * Stored as a copy of an earlier document, linked to it and not counted again.
     *
     * @param kind       {@code exact} or {@code near}
     * @param similarity the estimated Jaccard similarity of their word shingles (1 for an exact copy)
     */
    record Duplicate(long id, long original, String kind, double similarity) implements SaveOutcome {
    }

    /** This very input was stored before: nothing changed. */
    record Unchanged(long id) implements SaveOutcome {
    }
}
