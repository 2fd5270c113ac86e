package org.retour.coding;

import org.retour.model.Span;

/**
 * Whether an official's, researcher's or journalist's quote retells someone's account in reported speech ("He
 * said that what sickened him was…", « Il dit qu'on les a tués devant tout le monde », „Er hat gesagt, er habe …“,
 * "وقال إنه رأى"): in an article about defectors or returnees, the reported speech whose subject is no reporter
 * tells what the former fighter said, so the quote is his testimony, told by the speaker. A quote that asks
 * (« Que fait-on d'un enfant qui a vu des décapitations ? ») retells nothing.
 */
final class RetoldAccount {

    private RetoldAccount() {
    }

    /**
     * Whether a quote over {@code span} of {@code text} with testimony flags {@code own} (reported speech whose
     * subject is a reporter already left out) retells an account, in a document that speaks of defectors or
     * returnees when {@code context}.
     */
    static boolean retold(int own, boolean context, String text, Span span) {
        return context && (own & TestimonyFlags.REPORTED) != 0 && !asks(text, span);
    }

    /** Whether the words over {@code span} end in a question mark, closing quotation marks and spaces left aside. */
    static boolean asks(String text, Span span) {
        for (int i = Math.min(span.end(), text.length()) - 1; i >= span.start(); i--) {
            char c = text.charAt(i);
            if (c == '?' || c == '？' || c == '؟') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F' && "\"'»«“”„‘’›‹".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }
}
