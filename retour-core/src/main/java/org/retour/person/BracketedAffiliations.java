package org.retour.person;

import java.util.List;
import org.retour.model.Token;
import org.retour.person.FoundPersons.Found;

/**
 * A party, list or group a report writes in brackets right after a person's name (« Sandrine Morel (Rillieux
 * Solidaire) », "Markus Eberl (EPP)"): the capitalised words fill the brackets and open with no given name, so they
 * name the person's side, not another person.
 *
 * <p>Stateless and thread-safe.
 */
final class BracketedAffiliations {

    private BracketedAffiliations() {
    }

    /**
     * Whether the run of tokens {@code [start, end)} fills a pair of brackets that stands right after the name of a
     * person of {@code order}, and does not open with a given name (« Abou Moussa (Farid Assoumani) » is a name).
     */
    static boolean after(String text, List<Token> tokens, NameWords wd, List<Found> order, int start, int end) {
        if (start < 2 || end >= tokens.size() || !Tokens.is(text, tokens.get(start - 1), "(")
                || !Tokens.is(text, tokens.get(end), ")") || wd.givenName(start) != null) {
            return false;
        }
        for (Found f : order) {
            for (int[] range : f.tokenRanges) {
                if (range[1] == start - 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
