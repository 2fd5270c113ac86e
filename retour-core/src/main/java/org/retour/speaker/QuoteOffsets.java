package org.retour.speaker;

import org.retour.model.Span;
import org.retour.quote.MarkQuoteExtractor;

/**
 * The offsets around a quote in a text: its opening mark, the end of its closing mark, the start of its
 * line, the last non-blank character before an offset, blank stretches, spaces and word edges, and the end of
 * the sentence that follows it.
 */
final class QuoteOffsets {

    private QuoteOffsets() {
    }

    /** The end of the sentence the text right after a quote belongs to (no further than its line). */
    static int afterEnd(SpeakerDocument d, int outer) {
        String text = d.text;
        int i = outer;
        while (i < text.length() && text.charAt(i) != '\n' && MarkQuoteExtractor.isBlankChar(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) == '\n') {
            return outer;
        }
        int end = lineEnd(text, i);
        int lo = 0;
        int hi = d.sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = d.sentences.get(mid).span();
            if (s.end() <= i) {
                lo = mid + 1;
            } else if (s.start() > i) {
                hi = mid - 1;
            } else {
                return Math.min(end, s.end());
            }
        }
        return Math.min(end, outer + CueSpeakerResolver.WINDOW);
    }

    /** The offset of the quote's opening mark (or of its text when no mark is found). */
    static int openMark(String text, Span inner) {
        int i = inner.start() - 1;
        while (i >= 0 && MarkQuoteExtractor.isBlankChar(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i >= 0 && MarkQuoteExtractor.isMark(text.charAt(i)) ? i : inner.start();
    }

    /**
     * Whether {@code span} stands alone between quotation marks (« Abou Hamza al-Faransi »), apostrophes aside (not
     * « d'Ahmed », "Ahmed's").
     */
    static boolean inMarks(String text, Span span) {
        int open = openMark(text, span);
        int close = outerEnd(text, span) - 1;
        return open != span.start() && close >= span.end() && "'’".indexOf(text.charAt(open)) < 0
                && "'’".indexOf(text.charAt(close)) < 0;
    }

    /** The offset just after the quote's closing mark (or its text when unclosed). */
    static int outerEnd(String text, Span inner) {
        int i = inner.end();
        while (i < text.length() && MarkQuoteExtractor.isBlankChar(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i < text.length() && MarkQuoteExtractor.isMark(text.charAt(i)) ? i + 1 : inner.end();
    }

    /** The start of the line that holds {@code offset} (the offset itself when a line starts there). */
    static int lineStart(String text, int offset) {
        return Math.min(offset, text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1);
    }

    /**
     * {@link #lineStart(String, int)} in {@code d}'s text, read from its paragraphs: a line that holds a character
     * other than a line break starts a paragraph ({@link SpeakerDocument#paragraphStarts}).
     *
     * <p>Design decision: the window of every quote asks for the start of the quote's line, and a search back for the
     * line break crosses the whole paragraph before the quote; the paragraphs' starts are read once per document. An
     * offset on a line break or at the text's end is searched as before.
     */
    static int lineStart(SpeakerDocument d, int offset) {
        String text = d.text;
        if (offset <= 0 || offset >= text.length() || text.charAt(offset) == '\n') {
            return lineStart(text, offset);
        }
        return d.paragraphStarts.get(d.paragraph(offset));
    }

    /** The end of the line that holds {@code offset}: its line break, or the text's end. */
    static int lineEnd(String text, int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }

    /**
     * Whether {@code at} lies inside the curved or angle marks of a quote opened after {@code from}: more opening
     * marks (« “) than closing ones (» ”) stand between them.
     */
    static boolean insideMarks(String text, int from, int at) {
        int depth = 0;
        for (int i = Math.max(0, from); i < at; i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“') {
                depth++;
            } else if ((c == '»' || c == '”') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * The offset of the colon that is the last non-blank character before {@code offset} (« … : « … » »), or -1 when
     * another character, or none, stands there.
     */
    static int colonBefore(String text, int offset) {
        int i = lastNonBlankBefore(text, offset);
        return i >= 0 && text.charAt(i) == ':' ? i : -1;
    }

    /** The offset of the last non-blank character before {@code offset}, or -1. */
    static int lastNonBlankBefore(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && MarkQuoteExtractor.isBlankChar(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** The offset of the first non-blank character at or after {@code offset}, or the text's length. */
    static int firstNonBlankAt(String text, int offset) {
        int i = offset;
        while (i < text.length() && MarkQuoteExtractor.isBlankChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the text between two offsets is blank. */
    static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!MarkQuoteExtractor.isBlankChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text between two offsets ends with a colon after white space is stripped: what
     * {@code text.substring(from, to).strip().endsWith(":")} answers, without the two copies.
     */
    static boolean endsWithColon(String text, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, text.length());
        int i = to - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= from && text.charAt(i) == ':';
    }

    /** Whether a quote's words end a sentence and a capitalised word opens the next one after its mark. */
    static boolean closesSentence(String text, int end, int outer) {
        int i = end - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || ".!?".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        int j = outer;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && Character.isUpperCase(text.charAt(j));
    }

    /** The first offset at or after {@code i} that is no space or no-break space. */
    static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    /** The offset where the spaces and no-break spaces right before {@code i} begin. */
    static int spacesBack(String text, int i) {
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        return i;
    }

    /** Whether a word may start at {@code i}: no letter or digit right before it. */
    static boolean wordStarts(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /** Whether a word may end at {@code i}: no letter or digit at it. */
    static boolean wordEnds(String text, int i) {
        return i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
