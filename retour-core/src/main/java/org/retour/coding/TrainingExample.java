package org.retour.coding;

import java.util.Objects;
import java.util.Set;

/**
 * A segment of text with the codes it carries (none for a negative example), to train a model on.
 *
 * @param text     the segment
 * @param language its language (ISO 639-1)
 * @param codes    the code ids it carries
 */
public record TrainingExample(String text, String language, Set<String> codes) {

    public TrainingExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        codes = Set.copyOf(codes);
    }
}
