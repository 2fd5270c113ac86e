package org.retour.speaker;

import org.retour.person.Tokens;
import org.retour.speaker.LetterWords.Kind;

/**
 * A message to be passed on, known by its opening: an imperative of telling addressed to a parent or to someone named
 * (« Dis à maman que je rentre », « Dites à ma mère que je vais bien », « Dis à Inès que son père va rentrer »).
 * Such words come from a letter, a call or a voice note: the one who passes them on (the sister, the father reading
 * them out) did not write them. Stateless.
 */
final class PassedMessages {

    private PassedMessages() {
    }

    /**
     * Whether the quote opening at {@code inner} (its words before {@code end}) opens with a `tell` imperative, then
     * optionally a `to` preposition and a `mine` possessive, then a parent's vocative or a capitalised name.
     */
    static boolean opens(SpeakerDocument d, LetterWords words, int inner, int end) {
        int k = nextWord(d, d.tokenAt(inner), end);
        if (k < 0 || words.kindAt(d, k) != Kind.TELL) {
            return false;
        }
        k = nextWord(d, k + 1, end);
        if (k >= 0 && words.kindAt(d, k) == Kind.TO) {
            k = nextWord(d, k + 1, end);
        }
        if (k >= 0 && words.kindAt(d, k) == Kind.MINE) {
            k = nextWord(d, k + 1, end);
        }
        if (k < 0) {
            return false;
        }
        if (words.kindAt(d, k) == Kind.VOCATIVE) {
            return true;
        }
        String w = d.tokens.get(k).span().of(d.text);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && words.kindAt(d, k) == null;
    }

    /** The first word token at or after {@code k} that starts before {@code end}, else -1; looks at two tokens at most. */
    private static int nextWord(SpeakerDocument d, int k, int end) {
        for (int i = k; i < d.tokens.size() && i < k + 2 && d.tokens.get(i).start() < end; i++) {
            if (Tokens.isWord(d.tokens.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
