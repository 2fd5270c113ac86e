package org.retour.person;

/**
 * Stretches of text between mentions read without a tokenizer: whether a sentence ends in one, and where the
 * capitalised titles right before a name start.
 *
 * <p>Stateless and thread-safe.
 */
final class SentenceGaps {

    private SentenceGaps() {
    }

    /**
     * Whether a sentence ends in {@code text[from, to)}: a full stop, a question or an exclamation mark, closing
     * quotation marks and spaces aside, then a capital letter or an opening mark.
     */
    static boolean sentenceEndIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '?' && c != '!' && c != '\u2026') {
                continue;
            }
            int j = i + 1;
            while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\u00a0' || text.charAt(j) == '\u202f'
                    || text.charAt(j) == '\u00bb' || text.charAt(j) == '\u201d' || text.charAt(j) == '"')) {
                j++;
            }
            if (j > i + 1 && j < to && (Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '\u00ab'
                    || text.charAt(j) == '\u201c')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The offset where the capitalised titles right before a name at {@code to} start, at most two of them
     * and none before {@code from} ("… gave his name as Commander Shervan"), or {@code to} when none stands there.
     */
    static int pastTitles(String text, int from, int to) {
        int at = to;
        for (int titles = 0; titles < 2; titles++) {
            int end = at;
            while (end > from && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > from && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                start--;
            }
            if (start == end || end == at || !Character.isUpperCase(text.charAt(start))) {
                return at;
            }
            at = start;
        }
        return at;
    }
}
