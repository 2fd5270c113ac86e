package org.retour.model;

/**
 * A code of the codebook applied to a segment, with its evidence and whose view it is.
 *
 * @param code       the code id (N1…)
 * @param span       the coded segment
 * @param quote      the quote's id when the segment is inside one, or null
 * @param holder     whose view it is (defector, returnee, or the speaker's own voice)
 * @param reportedBy who reports the view when it is reported testimony, or null
 * @param confidence in [0,1]
 * @param coder      who coded ({@code rules@1}, {@code model@abc123}, {@code human:NAME})
 * @param evidence   the cue matched or the strongest features
 */
public record Coding(String code, Span span, String quote, String holder, String reportedBy, double confidence,
                     String coder, String evidence) {

    public Coding {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
