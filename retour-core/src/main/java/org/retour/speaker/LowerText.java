package org.retour.speaker;

import java.util.Locale;

/**
 * A text read in lower case ({@link Locale#ROOT}) at given offsets: answers what
 * {@code text.toLowerCase(Locale.ROOT)} would answer, without lower-casing the whole text.
 *
 * <p>Design decision: a phrase is looked for at a few offsets around each cue, so lower-casing the
 * whole document for it costs more than the search. Lower-casing keeps every UTF-16 offset in place
 * except for the dotted capital I (U+0130, which becomes two characters), so a text without one is
 * compared character by character; a text with one is lower-cased whole, once. Phrases must be lower
 * case and hold no surrogate and no Greek sigma (whose lower case depends on its neighbours). Not
 * thread-safe: one per document.
 */
final class LowerText {

    private static final char DOTTED_CAPITAL_I = '\u0130';

    private final String text;
    /** The text lower-cased whole, or null while it is not needed. */
    private String lower;

    LowerText(String text) {
        this.text = text;
        this.lower = text.indexOf(DOTTED_CAPITAL_I) < 0 ? null : text.toLowerCase(Locale.ROOT);
    }

    /** The length of the lower-cased text. */
    int length() {
        return lower == null ? text.length() : lower.length();
    }

    /** Whether the lower-cased text holds the lower-case {@code phrase} at {@code at}. */
    boolean startsWith(String phrase, int at) {
        if (lower != null) {
            return lower.startsWith(phrase, at);
        }
        if (at < 0 || at > text.length() - phrase.length()) {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != phrase.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
