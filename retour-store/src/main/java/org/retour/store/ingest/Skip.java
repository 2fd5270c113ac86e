package org.retour.store.ingest;

/**
 * An input, or part of one, that was not stored.
 *
 * @param where  the file, {@code FILE:LINE} or record
 * @param reason why, in a few words a person can act on
 */
public record Skip(String where, String reason) {

    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
