package org.retour.person;

import java.util.List;
import org.retour.model.Token;

/**
 * A name written as initials alone, as papers that withhold a person's name write it (« A.S., la trentaine,
 * éleveur de l'Oudalan », « M.B. raconte », "H.M., 27, said"): one word of two or three capital initials each
 * with its full stop, that no place or organisation stage took ("U.S.", "U.N."), set off like a person (an age, a
 * role or a noun phrase between commas after it, a role before it) or the subject of a verb of speech.
 *
 * <p>Stateless and thread-safe.
 */
final class InitialNames {

    /** How many tokens an apposed noun phrase after the initials may take before its closing comma. */
    private static final int APPOSED_WORDS = 5;

    private InitialNames() {
    }

    /** Whether token {@code i} is two or three dotted initials no other stage took, which may open a name. */
    static boolean at(NameWords wd, int i, boolean[] other) {
        TokenEntries e = wd.entries;
        int length = e.end(i) - e.start(i);
        return !other[i] && (length == 4 || length == 6) && e.isWord(i)
                && Tokens.dottedInitials(wd.text, wd.tokens.get(i))
                && (i == 0 || !wd.capitalised(i - 1) || !wd.adjacent(i - 1)) // not "Shabna K.P.": a surname's initials
                && (i + 1 >= wd.size() || !wd.capitalised(i + 1) || !wd.adjacent(i)); // nor "K.P. Moosa": a given name's
    }

    /** Whether the run {@code [start, j)} is initials alone that stand for a person where they are written. */
    static boolean named(List<Token> tokens, NameWords wd, SpeechSubjects subjects, int start, int j, boolean[] other,
            String lang) {
        return j == start + 1 && at(wd, start, other) && (NameEvidence.roleAdjacent(tokens, wd, start, j, lang)
                || subjects.nextToSpeechVerb(wd, start, j, lang) || apposedPhrase(tokens, wd, j));
    }

    /** Whether a noun phrase a determiner opens stands between commas right after token {@code j - 1}. */
    private static boolean apposedPhrase(List<Token> tokens, NameWords wd, int j) {
        String text = wd.text;
        if (j + 2 >= tokens.size() || !Tokens.comma(text, tokens.get(j)) || !wd.entries.isWord(j + 1)
                || !wd.entries.is(PersonLexicon.Kind.DET, j + 1) && !wd.entries.is(PersonLexicon.Kind.INDEF, j + 1)) {
            return false;
        }
        for (int k = j + 2; k < Math.min(tokens.size(), j + 2 + APPOSED_WORDS); k++) {
            if (Tokens.comma(text, tokens.get(k))) {
                return k > j + 2;
            }
            if (!wd.entries.isWord(k) || !Character.isLowerCase(text.charAt(wd.entries.start(k)))) {
                return false;
            }
        }
        return false;
    }
}
