package org.retour.person;

import java.util.List;
import org.retour.model.Token;

/**
 * An age set off by commas after a name (« Nadia Benali, 44 ans, est … », "Omar Haddad, 31, is …", „Lea B., 40
 * Jahre, ist …“): a number, at most one word of years in lower case, and a comma.
 *
 * <p>Stateless and thread-safe.
 */
final class SetOffAges {

    private SetOffAges() {
    }

    /** The token after the age that starts at token {@code k}, or {@code k} itself when no age stands there. */
    static int past(String text, List<Token> tokens, int k) {
        int n = tokens.size();
        if (k >= n || !digits(text, tokens.get(k))) {
            return k;
        }
        int j = k + 1;
        if (j < n && Tokens.isWord(tokens.get(j)) && Character.isLowerCase(text.charAt(tokens.get(j).span().start()))) {
            j++;
        }
        return j < n && Tokens.comma(text, tokens.get(j)) ? j + 1 : k;
    }

    /** Whether a token is made of digits only. */
    private static boolean digits(String text, Token t) {
        for (int i = t.span().start(); i < t.span().end(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return t.span().end() > t.span().start();
    }
}
