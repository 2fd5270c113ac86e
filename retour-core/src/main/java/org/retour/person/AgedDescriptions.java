package org.retour.person;

import java.util.List;
import java.util.Set;
import org.retour.model.Token;
import org.retour.resource.GrammarWords;

/**
 * The evidence that a run of capitalised words names a person: a description with an age in apposition to it,
 * after it (« Abdelkader, un Algérien de 27 ans, », « Hanane, une Belge de Molenbeek, 27 ans, ») or before it
 * (« un ressortissant marocain de 34 ans, Hamza Ouazzani, », « À 25 ans, Sofiane Haddadi a passé … »). Places and organisations are given no age; the
 * words of the run must be none the place and organisation stages found, and a single word must be no word of
 * the lexicon nor one the document writes in lower case.
 *
 * <p>Design decision: only French « de N ans » and « , N ans » count, since French puts the age inside the
 * description; English and German ages in apposition ("Jamil, 24,", "Omar (31)") are told by
 * {@link AgedSingleNames} and {@link NameEvidence#roleAdjacent}.
 *
 * <p>Reads a few tokens on either side of the run; stateless and thread-safe.
 */
final class AgedDescriptions {

    /** How many words a description may hold between its article and its age (« un ancien chauffeur routier »). */
    static final int WORDS = 5;

    /** The French indefinite articles and the forms of « de ». */
    private static final Set<String> INDEFINITES = GrammarWords.bundled().in("fr", GrammarWords.Kind.INDEFINITE);
    private static final Set<String> OF = GrammarWords.bundled().in("fr", GrammarWords.Kind.OF);
    /** The French preposition of an age fronted before the name (« À 25 ans, … »). */
    private static final String AT = "à";
    /** The French word of years after an age. */
    private static final String YEARS = "ans";

    private AgedDescriptions() {
    }

    /** Whether the run {@code [start, j)} has a description with an age in apposition after or before it. */
    static boolean aged(List<Token> tokens, NameWords wd, int start, int j, boolean[] other, String lang) {
        return "fr".equals(lang) && NameEvidence.freeRun(wd, start, j, other)
                && (after(tokens, wd, j) || before(tokens, wd, start, j));
    }

    /** « Abdelkader, un Algérien de 27 ans, »: a comma, « un » or « une », a few words and an age. */
    private static boolean after(List<Token> tokens, NameWords wd, int j) {
        String text = wd.text;
        if (j + 2 >= tokens.size() || !Tokens.is(text, tokens.get(j), ",")
                || !INDEFINITES.contains(wd.lower(j + 1))) {
            return false;
        }
        for (int m = j + 2; m < Math.min(tokens.size() - 2, j + 3 + WORDS); m++) {
            if (age(tokens, wd, m)) {
                return m > j + 2;
            }
            if (!Tokens.isWord(tokens.get(m)) && !Tokens.is(text, tokens.get(m), ",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * « un ressortissant marocain de 34 ans, Hamza Ouazzani, » or « À 25 ans, Sofiane Haddadi a passé »: an age
     * right before the name and its comma, closed by a comma after the name or not.
     */
    private static boolean before(List<Token> tokens, NameWords wd, int start, int j) {
        String text = wd.text;
        if (start < 4 || j >= tokens.size() || !Tokens.is(text, tokens.get(start - 1), ",")
                || !YEARS.equals(wd.lower(start - 2)) || !NameEvidence.twoDigits(text, tokens.get(start - 3))) {
            return false;
        }
        String opener = wd.lower(start - 4);
        // « À 25 ans, Sofiane Haddadi a »: fronted, the age needs no comma after the name
        return AT.equals(opener) || OF.contains(opener) && Tokens.is(text, tokens.get(j), ",");
    }

    /** Whether tokens {@code m} to {@code m + 2} are « de 27 ans » or « , 27 ans ». */
    private static boolean age(List<Token> tokens, NameWords wd, int m) {
        return (OF.contains(wd.lower(m)) || Tokens.is(wd.text, tokens.get(m), ","))
                && NameEvidence.twoDigits(wd.text, tokens.get(m + 1)) && YEARS.equals(wd.lower(m + 2));
    }
}
