package org.retour.model;

/**
 * Where a document comes from: its file or URL, its title and its outlet; every part may be null.
 */
public record SourceMetadata(String uri, String title, String outlet) {

    /** Metadata that says nothing. */
    public static final SourceMetadata NONE = new SourceMetadata(null, null, null);
}
