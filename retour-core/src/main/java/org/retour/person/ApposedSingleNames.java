package org.retour.person;

import java.util.List;
import org.retour.model.Token;

/**
 * The evidence that one capitalised word no lexicon lists names a person: it stands between commas right after a
 * noun of a person, kin or role, as the name of the one that noun describes ("His sister, Ayesha, said", « Sa sœur
 * cadette, Samia, assise à côté d'elle », "Hamdan's wife, Rania, who gave evidence"), or after an ordinal that stands
 * for a person with its article alone at a sentence's head (« Le quatrième, Assalek, tient à préciser »). Many people are named by a
 * given name alone, which a lexicon grown from other texts may lack; the word must be none the place and
 * organisation stages found, and never written in lower case in the document.
 *
 * <p>Reads the tokens around the word; stateless and thread-safe.
 */
final class ApposedSingleNames {

    private ApposedSingleNames() {
    }

    /**
     * Whether the run {@code [start, j)} is one unlisted capitalised word set off by commas right after a person's
     * noun, alone or with the adjectives or the complement it takes after it (« sa sœur cadette »).
     */
    static boolean apposed(List<Token> tokens, NameWords wd, int start, int j, boolean[] other, String lang) {
        if (j != start + 1 || other[start] || start < 2 || j >= tokens.size()) {
            return false;
        }
        String text = wd.text;
        if (!Tokens.is(text, tokens.get(start - 1), ",") || !Tokens.is(text, tokens.get(j), ",")) {
            return false;
        }
        int k = start - 2;
        boolean role = Tokens.isWord(tokens.get(k)) && (!wd.capitalised(k)
                && (wd.entries.head(k) != null || NameEvidence.roleBefore(wd, k)) || ordinalAlone(wd, k, lang));
        return role && NameEvidence.unlistedGivenName(wd, start);
    }

    /**
     * Whether token {@code k} is an ordinal that stands for a person with its article alone, opening its sentence
     * (« Le quatrième, Assalek, tient à préciser une chose », "The third, Omar, stayed silent").
     */
    private static boolean ordinalAlone(NameWords wd, int k, String lang) {
        return k >= 1 && NewcomerOrdinals.ordinal(wd.lower(k), lang) && wd.entries.is(PersonLexicon.Kind.DET, k - 1)
                && wd.capitalised(k - 1); // the article capitalised: the sentence's head
    }
}
