package org.retour.speaker;

import org.retour.model.Token;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Referents standing as the object of a verb or a preposition rather than as a subject, told by the word before them.
 *
 * <p>Stateless and thread-safe.
 */
final class ObjectReferents {

    private ObjectReferents() {
    }

    /**
     * Whether a referent is the object of a verb or a preposition, not a subject: a lower-case word stands
     * right before it in its paragraph ("he had watched a woman stoned", "told her about a man").
     */
    static boolean isObject(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().start()) - 1;
        if (k < 0 || !Tokens.isWord(d.tokens.get(k)) || d.paragraph(d.tokens.get(k).span().start()) != d.paragraph(r.span().start())) {
            return false; // "Mattress on the floor" then "The defendant spoke": a heading's last word governs no one
        }
        Token before = d.tokens.get(k);
        for (int i = before.span().start(); i < before.span().end(); i++) {
            if (!Character.isLowerCase(d.text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
