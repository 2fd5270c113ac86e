package org.retour.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A text to analyse with what is known of it before analysis.
 *
 * @param id        a stable identifier (may be null for an ad-hoc analysis)
 * @param text      the text every span points into
 * @param language  the ISO 639-1 code the user declared, or null to detect it
 * @param published the publication date when known, or null
 * @param source    provenance
 */
public record Document(String id, String text, String language, LocalDate published, SourceMetadata source) {

    public Document {
        Objects.requireNonNull(text, "text");
        source = source == null ? SourceMetadata.NONE : source;
    }

    /** A document with nothing known but its text. */
    public static Document of(String text) {
        return new Document(null, text, null, null, SourceMetadata.NONE);
    }

    /** This document with a declared language. */
    public Document withLanguage(String lang) {
        return new Document(id, text, lang, published, source);
    }

    /** This document with a known publication date. */
    public Document withPublished(LocalDate date) {
        return new Document(id, text, language, date, source);
    }
}
