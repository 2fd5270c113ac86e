package org.retour.store.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the search index holds of one stored document.
 *
 * @param id        the database id
 * @param language  ISO 639-1
 * @param outlet    the outlet, or null
 * @param published the publication date, or null
 * @param title     the title, or null
 * @param text      the text
 * @param speakers  the speakers' names and descriptions
 * @param voices    voice labels
 * @param codes     codes
 * @param countries ISO country codes
 */
public record IndexedDocument(long id, String language, String outlet, LocalDate published, String title,
                              String text, Set<String> speakers, Set<String> voices, Set<String> codes,
                              Set<String> countries) {

    public IndexedDocument {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        speakers = Set.copyOf(speakers);
        voices = Set.copyOf(voices);
        codes = Set.copyOf(codes);
        countries = Set.copyOf(countries);
    }
}
