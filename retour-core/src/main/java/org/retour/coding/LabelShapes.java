package org.retour.coding;

/**
 * The character shapes of a speaker's label opening an interview's paragraph ("SPIEGEL:", « Nadir. – »,
 * « Claire Vasseur : »): cheap tests that turn most paragraphs away before {@link InterviewTurns} runs its
 * label patterns.
 *
 * <p>Stateless and thread-safe.
 */
final class LabelShapes {

    private LabelShapes() {
    }

    /**
     * The characters other than letters and marks a {@link InterviewTurns} label may hold before its colon or dash,
     * brackets for a transcript's note ("(voice-over)").
     */
    static final String LABEL_CHARS = "'’-,. ()\t\u000B\f\r";
    /** The characters other than letters and marks a title-case label may hold before its colon. */
    static final String TITLE_LABEL_CHARS = "'’- \u00A0\u202F";

    /**
     * Whether one of {@code ends} stands in {@code text[from, to)} after nothing but letters, marks and
     * {@code inner}: a label's pattern cannot match unless it does, so most paragraphs are turned away at their
     * first word without running it.
     */
    static boolean endsLikeLabel(String text, int from, int to, String inner, String ends) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (ends.indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isLetter(c) && !Character.isSurrogate(c) && inner.indexOf(c) < 0 && !isMark(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Whether {@code c}, the second character of a paragraph, may continue a speaker's {@link InterviewTurns} label: a
     * capital, a mark, an apostrophe, a hyphen, a full stop, or half of a pair the pattern reads whole. A
     * paragraph whose second character is none of these has no label, and the pattern need not run.
     */
    static boolean mayOpenLabel(char c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.SURROGATE -> true;
            default -> c == '\'' || c == '’' || c == '-' || c == '.';
        };
    }
}
