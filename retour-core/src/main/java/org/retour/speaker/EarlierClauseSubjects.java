package org.retour.speaker;

import org.retour.person.Referents.Referent;

/**
 * Whether the subject of a quote's sentence belongs to an earlier clause of it that a quote already closed: in « Le
 * ministère indique que le jeune homme « reste suivi » et que « rien n'est établi » », the young man is the subject
 * of the first reported clause, not of the second, whose words are still the ministry's.
 *
 * <p>Stateless and thread-safe.
 */
final class EarlierClauseSubjects {

    private EarlierClauseSubjects() {
    }

    /**
     * Whether {@code subject} (or null) stands before a closing quotation mark (French, English or German) that lies
     * between it and {@code open}, in the sentence starting at {@code sentenceStart}.
     */
    static boolean before(String text, Referent subject, int sentenceStart, int open) {
        if (subject == null) {
            return false;
        }
        int from = Math.max(sentenceStart, subject.span().end());
        for (int i = open - 1; i >= from; i--) {
            if (closing(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean closing(char c) {
        return c == '»' || c == '”' || c == '“' || c == '"'; // "„…“" closes with “
    }
}
