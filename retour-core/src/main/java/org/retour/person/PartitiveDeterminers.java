package org.retour.person;

import java.util.List;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;

/**
 * A partitive with no head noun that stands inside a phrase as the determiner of the noun after it
 * (« Dans un autre message, Thomas écrit », « pour une autre raison », "in another letter"): a word other than a
 * conjunction before it and a word in lower case right after it, no preposition, determiner or stop word, make it
 * no person (« a confié l'une d'elles aux enquêtrices » is one), while « Un autre décrit … »,
 * « …, un autre écoute » and « et une autre raconte » still are.
 */
final class PartitiveDeterminers {

    private PartitiveDeterminers() {
    }

    /** Whether the partitive {@code p} determines the noun after it, so that it describes no person. */
    static boolean determinesNoun(String text, List<Token> tokens, TokenEntries e, PersonDescription p) {
        int first = Tokens.firstAtOrAfter(tokens, p.span().start());
        int after = Tokens.firstAtOrAfter(tokens, p.span().end());
        if (first <= 0 || after >= tokens.size() || !e.isWord(first - 1) || !e.isWord(after)
                || !Tokens.adjacent(text, tokens.get(first - 1), tokens.get(first))
                || !Tokens.adjacent(text, tokens.get(after - 1), tokens.get(after))
                || !Character.isLowerCase(text.charAt(tokens.get(after).span().start()))) {
            return false;
        }
        return e.head(after) == null && !e.isAny(after, Kind.PREP, Kind.DET, Kind.STOP) && !e.is(Kind.CONJ, after)
                && !e.is(Kind.CONJ, first - 1) && !e.is(Kind.REL, first - 1)
                && !e.isAny(first - 1, Kind.PRON, Kind.STRESSED, Kind.CLITIC);
    }
}
