package org.retour.speaker;

/** The marks that set off or end a clause, and a scan of a stretch of text for those that end one. */
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

    /** Whether {@code c} is a long dash (em dash, en dash or horizontal bar) that opens a turn or sets off a clause. */
    static boolean dash(char c) {
        return c == '\u2014' || c == '\u2013' || c == '\u2015';
    }

    /** Whether {@code c} sets a clause off: a comma, a long dash or a hyphen typed for one. */
    static boolean setsOff(char c) {
        return c == ',' || dash(c) || c == '-';
    }
}
