package org.retour.speaker;

import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Finds a person named in apposition to what a possessive names: "Halvorsen's co-sponsor, Sen. Luis Arroyo,",
 * "the senator's chief of staff, Mark Dunne,". The noun after the "'s" is then a person of the possessor's, not a
 * thing they own, and the possessor is not the one the sentence is about.
 *
 * <p>Reads at most {@link #NOUN_WORDS} words and {@link #TITLE_TOKENS} tokens: linear in the text. Stateless and
 * thread-safe.
 */
final class PossessedNames {

    /** The most words of the possessed noun phrase before its comma ("deputy chief of staff"). */
    static final int NOUN_WORDS = 4;
    /** The most tokens of abbreviated titles between the comma and the name ("Sen.", "Brig. Gen."). */
    static final int TITLE_TOKENS = 4;

    private PossessedNames() {
    }

    /**
     * Whether the lower-case noun phrase starting at {@code after} ends with a comma that a named person follows,
     * past a few title tokens, before {@code limit}.
     */
    static boolean apposed(SpeakerDocument d, int after, int limit) {
        int k = d.tokenAt(after);
        int words = 0;
        while (k < d.tokens.size() && Tokens.isWord(d.tokens.get(k)) && words < NOUN_WORDS
                && Character.isLowerCase(d.text.charAt(d.tokens.get(k).span().start()))) {
            words++;
            k++;
        }
        if (words == 0 || k >= d.tokens.size() || !Tokens.is(d.text, d.tokens.get(k), ",")) {
            return false;
        }
        int from = d.tokens.get(k).span().end();
        int to = Math.min(limit, d.tokens.get(Math.min(d.tokens.size() - 1, k + 1 + TITLE_TOKENS)).span().end());
        for (Referent r : d.referents.within(from, to)) {
            return r.person() != null;
        }
        return false;
    }
}
