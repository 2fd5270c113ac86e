package org.retour.speaker;

import org.retour.person.Tokens;

/**
 * The letters written after a name for an honour, a rank at the bar or a seat ("Jonathan Pardoe KC", "Sarah
 * Lyle MP", "Sir Peter Hale QC"): short words in capitals that stand between a name and its verb.
 *
 * <p>Stateless and thread-safe.
 */
final class PostNominals {

    /** How many such words may follow a name ("John Hale KC MP"). */
    static final int MOST = 2;

    private PostNominals() {
    }

    /** The first token from {@code k} on that is no post-nominal (at most {@link #MOST} are passed). */
    static int past(SpeakerDocument d, int k) {
        for (int n = 0; n < MOST && k < d.tokens.size() && postNominal(d, k); n++) {
            k++;
        }
        return k;
    }

    /** Whether token {@code k} is a word of two to four capital letters. */
    private static boolean postNominal(SpeakerDocument d, int k) {
        if (!Tokens.isWord(d.tokens.get(k))) {
            return false;
        }
        int start = d.tokens.get(k).span().start();
        int end = d.tokens.get(k).span().end();
        if (end - start < 2 || end - start > 4) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = d.text.charAt(i);
            if (!Character.isUpperCase(c) || !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }
}
