package org.retour.person;

import org.retour.model.Token;

/**
 * A capitalised English word in the possessive ("D4’s", "Doyle's", "Mr. Said's"), which determines the noun after it
 * as a determiner would: "Doyle's probation officer" describes someone of Doyle's, not Doyle.
 *
 * <p>Reads one token. Stateless and thread-safe.
 */
public final class PossessorNames {

    /** The most modifiers between the possessor and the head noun it determines ("Doyle's probation officer"). */
    public static final int MODIFIERS = 2;

    private PossessorNames() {
    }

    /** Whether token {@code t} is a capitalised word ending in "'s" or "’s", in an English text. */
    public static boolean owns(String text, Token t, String lang) {
        int start = t.start();
        int end = t.end();
        return "en".equals(lang) && end - start > 2 && Character.isUpperCase(text.charAt(start))
                && Tokens.possessiveAt(text, end - 2);
    }
}
