package org.retour.coding;

import java.util.List;
import java.util.Objects;
import org.retour.model.Span;

/**
 * A piece of a document that coders judge: a quote (without the quotes nested in it) or the narration
 * of a sentence (without its quotes), with whose view it is.
 *
 * @param span       what a coding of this segment covers: the quote's or the sentence's span
 * @param ranges     the parts of the text that are read (the span minus nested or enclosed quotes)
 * @param language   the segment's language (ISO 639-1)
 * @param quote      the quote's id, or null for narration
 * @param holder     whose view it is: {@code defector}, {@code returnee}, or a voice's label with all voices
 * @param reportedBy who reports it (a speaker's name or a voice such as {@code journalist}), or null
 */
public record Segment(Span span, List<Span> ranges, String language, String quote, String holder, String reportedBy) {

    public Segment {
        Objects.requireNonNull(span, "span");
        ranges = List.copyOf(ranges);
        Objects.requireNonNull(holder, "holder");
    }

    /** Whether this segment is the holder's own words rather than reported testimony. */
    public boolean direct() {
        return reportedBy == null;
    }
}
