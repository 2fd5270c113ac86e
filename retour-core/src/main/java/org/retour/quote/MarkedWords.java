package org.retour.quote;

import static java.lang.Character.isLetterOrDigit;

/**
 * A cursor over the words of a marked text: runs between blanks, trimmed of the punctuation at their ends,
 * keeping those with a letter or digit; {@link #start()} and {@link #end()} are UTF-16 offsets into the text.
 *
 * <p>Design decision: a cursor rather than a list, so that a reader that decides at the first word (most marked
 * text fails the name shape at its first word in lower case) never cuts the others out. Not thread-safe: one
 * cursor per reading.
 */
final class MarkedWords {

    private final String text;
    private int next;
    private int start;
    private int end;

    MarkedWords(String text) {
        this.text = text;
    }

    /** Moves to the next word; false when no word is left. */
    boolean advance() {
        int n = text.length();
        while (next < n) {
            while (next < n && MarkQuoteExtractor.isBlank(text.charAt(next))) {
                next++;
            }
            int a = next;
            while (next < n && !MarkQuoteExtractor.isBlank(text.charAt(next))) {
                next++;
            }
            int b = next;
            while (a < b && !isLetterOrDigit(text.charAt(a))) {
                a++;
            }
            while (b > a && !isLetterOrDigit(text.charAt(b - 1))) {
                b--;
            }
            if (a < b) {
                start = a;
                end = b;
                return true;
            }
        }
        return false;
    }

    /** Where the current word starts. */
    int start() {
        return start;
    }

    /** Where the current word ends. */
    int end() {
        return end;
    }

    /** The current word. */
    String word() {
        return text.substring(start, end);
    }
}
