package org.retour.coding;

import java.util.Objects;
import java.util.Set;

/**
 * A segment of text with the codes it carries (none for a negative example), to train a model on.
 *
 * @param text     the segment
 * @param language its language (ISO 639-1)
 * @param codes    the code ids it carries
 * @param group    what the segment comes from (an article's id), so that held-out folds keep a source whole;
 *                 empty when unknown (each example is then its own source), {@link #CODEBOOK} for the
 *                 codebook's own examples (always trained on, never held out)
 */
public record TrainingExample(String text, String language, Set<String> codes, String group) {

    /** The group of the codebook's own positive and negative examples. */
    public static final String CODEBOOK = "\u0000codebook";

    public TrainingExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        codes = Set.copyOf(codes);
        group = group == null ? "" : group;
    }

    /** An example of unknown source. */
    public TrainingExample(String text, String language, Set<String> codes) {
        this(text, language, codes, "");
    }
}
