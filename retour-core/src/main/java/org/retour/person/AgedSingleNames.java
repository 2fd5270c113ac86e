package org.retour.person;

import java.util.List;
import org.retour.model.Token;

/**
 * The evidence that one capitalised word no lexicon lists names a person: an age set off right after it, between
 * commas or in brackets ("In Bandung, Nurhayati, 56, has a different story", "Sutrisno (41) sells phone credit", «
 * À Mopti, Aminata, 38 ans, … »). Many people go by one name, and a lone place or organisation bears no age;
 * the word must be none the place and organisation stages found, never written in lower case in the document, and
 * no noun a determiner opens ("The Tunisian, 24, …").
 *
 * <p>Reads the three tokens after the word; stateless and thread-safe.
 */
final class AgedSingleNames {

    private AgedSingleNames() {
    }

    /** Whether the run {@code [start, j)} is one unlisted capitalised word with an age set off right after it. */
    static boolean aged(List<Token> tokens, NameWords wd, int start, int j, boolean[] other) {
        if (j != start + 1 || other[start] || j + 2 >= tokens.size()) {
            return false;
        }
        if (start > 0 && wd.entries.isWord(start - 1) && wd.entries.is(PersonLexicon.Kind.DET, start - 1)) {
            return false; // "The Tunisian, 24, told a different story": a description, the age its own
        }
        String text = wd.text;
        boolean commas = Tokens.is(text, tokens.get(j), ",") && NameEvidence.twoDigits(text, tokens.get(j + 1))
                && (Tokens.is(text, tokens.get(j + 2), ",") || "ans".equals(wd.lower(j + 2))); // "Aminata, 38 ans,"
        return (commas || NameEvidence.bracketedAge(text, tokens, j)) && NameEvidence.unlistedGivenName(wd, start);
    }
}
