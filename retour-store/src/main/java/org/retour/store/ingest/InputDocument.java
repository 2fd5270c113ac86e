package org.retour.store.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document read from an input, before analysis.
 *
 * @param origin    what identifies it among all inputs: a file's path, a URL, {@code FILE:LINE}
 * @param text      its plain text
 * @param title     its title, or null
 * @param url       its URL, or null
 * @param outlet    its outlet, or null
 * @param published its publication date, or null
 * @param language  its declared language (ISO 639-1), or null to detect it
 * @param warnings  one-line warnings raised while reading it
 */
public record InputDocument(String origin, String text, String title, String url, String outlet, LocalDate published,
                            String language, List<String> warnings) {

    public InputDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
    }
}
