package org.retour.person;

import java.util.List;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;

/**
 * The evidence that a run of capitalised words names a person from what is set off right after it: in English an age
 * description or a clause of "who" ("Youssef El A., a 31-year-old from Rotterdam, returned", "I find Khaled, who
 * walked out of Hawija"), as English keeps "who" for persons and gives no place or body an age; in French a clause of
 * « qui » after two capitalised words (« Gérard Fuchs, qui tient le tabac du coin »), as French keeps « qui » for things
 * too. The words of the run must be none the place and organisation stages found, and a single word must be no word
 * of the lexicon nor one the document writes in lower case.
 *
 * <p>Reads the characters right after the run; stateless and thread-safe.
 */
final class ApposedClauseNames {

    /** The relative pronoun that English keeps for persons. */
    private static final String WHO = "who";
    /** The end of an age written as one hyphenated word ("31-year-old"). */
    private static final String YEAR_OLD = "-year-old";

    /** Prepositions of place before a capitalised word that the person lexicon does not list ("from Qardho, who"). */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("from", "to", "into", "near");

    private ApposedClauseNames() {
    }

    /** Whether the run {@code [start, j)} is followed by ", who" or ", a 31-year-old". */
    static boolean apposed(List<Token> tokens, NameWords wd, int start, int j, boolean[] other, String lang) {
        if ("fr".equals(lang)) {
            return frenchRelative(tokens, wd, start, j, other);
        }
        if (!"en".equals(lang) || j + 1 >= tokens.size() || !Tokens.is(wd.text, tokens.get(j), ",") || !wd.adjacent(j)
                || !NameEvidence.freeRun(wd, start, j, other)) {
            return false;
        }
        if (start > 0 && (wd.entries.isAny(start - 1, Kind.PREP, Kind.DET, Kind.STOP)
                || PLACE_PREPOSITIONS.contains(wd.lower(start - 1)))) {
            return false; // "on Friday, who", "in June, a 24-year-old", "from Qardho, who": a time or a place
        }
        if (j - start == 1 && wd.givenName(start) == null && wd.surface(start).endsWith("s")) {
            return false; // "Azerbaijanis, who": a people; a given name the lexicon knows may end so ("Thomas")
        }
        String next = wd.lower(j + 1);
        if (WHO.equals(next)) {
            return true;
        }
        return ("a".equals(next) || "an".equals(next)) && j + 2 < tokens.size() && aged(wd.text, tokens.get(j + 2));
    }

    /**
     * « Gérard Fuchs, qui tient le tabac du coin » : two capitalised words, neither a place's nor an organisation's
     * nor one the document writes in lower case, after no preposition or determiner, set off by a comma before
     * « qui ». French keeps « qui » for things too, so one word alone is not enough.
     */
    private static boolean frenchRelative(List<Token> tokens, NameWords wd, int start, int j, boolean[] other) {
        return j == start + 2 && j + 1 < tokens.size() && Tokens.is(wd.text, tokens.get(j), ",") && wd.adjacent(j)
                && "qui".equals(wd.lower(j + 1)) && !other[start] && !other[j - 1]
                && !wd.writtenLower(start) && !wd.writtenLower(j - 1)
                && !(start > 0 && wd.entries.isAny(start - 1, Kind.PREP, Kind.DET, Kind.STOP));
    }

    /** Whether the text from token {@code t} reads an age of one or two digits and "-year-old". */
    private static boolean aged(String text, Token t) {
        int i = t.span().start();
        int digits = i;
        while (i < text.length() && i - digits < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i - digits >= 1 && i - digits <= 2 && text.startsWith(YEAR_OLD, i);
    }
}
