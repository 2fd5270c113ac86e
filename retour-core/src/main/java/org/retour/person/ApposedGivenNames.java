package org.retour.person;

import java.util.List;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;

/**
 * A given name the lexicon lacks, told by the apposition that follows it: "the camera lingers on Dawud, a former
 * electrician from Bradford, as he …", « Karim, un ancien combattant de 27 ans, … ».
 *
 * <p>Stateless and thread-safe.
 */
final class ApposedGivenNames {

    private ApposedGivenNames() {
    }

    /** By language, the indefinite articles that open an apposition to a single unknown name. */
    static final java.util.Map<String, java.util.Set<String>> APPOSED_ARTICLES = org.retour.resource.ResourceLines
            .byLanguage(org.retour.resource.ResourceLines.classpath("org/retour/person/apposed-articles.txt"), true);

    /** How many words may stand between the indefinite article and the person's noun of an apposition ("a former"). */
    static final int APPOSED_MODIFIERS = 3;
    /** How many tokens after its noun an apposition must close within, by a comma or the sentence's end. */
    static final int APPOSITION_CLOSE = 6;

    /**
     * "the camera lingers on Dawud, a former electrician from Bradford, as he …": one capitalised word no lexicon lists,
     * no place or organisation and never written in lower case, inside a sentence (not its first word, which any word
     * may be), set off by an apposition opened by an indefinite article ({@code apposed-articles.txt}) whose head is a person's noun within
     * {@link #APPOSED_MODIFIERS} words and that closes within {@link #APPOSITION_CLOSE} tokens: a given name the
     * lexicon lacks. An apposition that runs on into a verb ("In July, a returnee serving a sentence wrote") is the
     * subject of the sentence after a fronted phrase, not an apposition.
     */
    static boolean at(List<Token> tokens, NameWords wd, int start, int j, boolean[] other, String lang) {
        String text = wd.text;
        java.util.Set<String> articles = APPOSED_ARTICLES.get(lang);
        boolean full = j == start + 2 && !other[j - 1] && wd.capitalised(j - 1) && !NameEvidence.writtenLower(wd, j - 1);
        if (articles == null || j != start + 1 && !full || other[start] || j + 2 >= tokens.size()
                || start > 0 && articles.contains(wd.lower(start - 1)) // "An Indian, a Lankan, a Maldivian": peoples
                || !Tokens.is(text, tokens.get(j), ",") || !Tokens.isWord(tokens.get(j + 1)) || !articles.contains(wd.lower(j + 1))
                || !full && (Tokens.opensClause(tokens, start)
                    || Tokens.lineBreakBetween(text, tokens.get(start - 1), tokens.get(start)))) {
            return false; // a single word at a sentence's start may be any word; two capitalised words make a name
        }
        int words = 0;
        for (int m = j + 2; m < tokens.size() && words <= APPOSED_MODIFIERS; m++) {
            boolean people = wd.capitalised(m) && (m + 1 >= tokens.size() || !Tokens.isWord(tokens.get(m + 1))
                    || wd.entries.is(Kind.PREP, m + 1)) && (wd.entries.is(Kind.DEMONYM, m)
                    || org.retour.entity.Demonyms.bundled().at(wd.view(), m) != null);
            // a people as the noun ("a Belgian of Moroccan descent"), not as an adjective ("a weekly podcast on Canadian foreign policy")
            if (!Tokens.isWord(tokens.get(m)) || wd.capitalised(m) && !people) {
                return false;
            }
            if (wd.entries.head(m) != null || people) {
                return closes(tokens, text, m + 1) && (full || NameEvidence.unlistedGivenName(wd, start));
            }
            words++;
        }
        return false;
    }

    /** Whether a comma, a full stop or a line's end comes within {@link #APPOSITION_CLOSE} tokens from {@code k}. */
    private static boolean closes(List<Token> tokens, String text, int k) {
        for (int m = k; m < Math.min(tokens.size(), k + APPOSITION_CLOSE); m++) {
            if (m > k && Tokens.lineBreakBetween(text, tokens.get(m - 1), tokens.get(m))) {
                return true;
            }
            if (Tokens.is(text, tokens.get(m), ",") || Tokens.is(text, tokens.get(m), ".")) {
                return true;
            }
        }
        return k >= tokens.size();
    }
}
