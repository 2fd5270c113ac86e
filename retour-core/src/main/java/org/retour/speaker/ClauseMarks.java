package org.retour.speaker;

/** A scan of a stretch of text for the marks that end a clause or a quote. */
final class ClauseMarks {

    private ClauseMarks() {
    }

    /**
     * Whether {@code text[from, to)} holds a mark that ends a clause or a quote ({@code .;:!?«»"“”}) and no
     * line terminator: what {@code text.substring(from, to).matches(".*[.;:!?«»\"“”].*")} answers, without
     * the copy and the pattern.
     */
    static boolean punctuatedLine(String text, int from, int to) {
        boolean mark = false;
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '\n', '\r', '\u0085', '\u2028', '\u2029' -> {
                    return false; // "." of the pattern crosses no line terminator
                }
                case '.', ';', ':', '!', '?', '«', '»', '"', '“', '”' -> mark = true;
                default -> {
                }
            }
        }
        return mark;
    }
}
