package org.retour.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's text.
 *
 * <p>Offsets count UTF-16 code units, as Java {@link String} does, and as NVivo and INCEpTION
 * do; a character beyond U+FFFF (an emoji) therefore counts two.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The number of UTF-16 code units the span covers. */
    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** Whether {@code offset} lies inside this span. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Whether the two spans share at least one code unit. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The number of code units both spans cover. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** The covered characters of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(end, o.end);
    }
}
