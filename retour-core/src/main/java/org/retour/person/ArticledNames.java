package org.retour.person;

import java.util.Set;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.resource.GrammarWords;

/**
 * A capitalised run right after a French definite article: the name of a place, an institution or a thing
 * (« le centre social de l'Alma », « la Ville de Roubaix », « les Minguettes »), never a person's, for French
 * writes no article before a person's name; a title, a role's head noun or a demonym after the article
 * (« le Dr Morel », « l'Émir », « la Syrienne ») is no such run.
 */
final class ArticledNames {

    /** The French definite articles, lower-cased, both apostrophes. */
    private static final Set<String> ARTICLES = GrammarWords.bundled().in("fr",
            GrammarWords.Kind.DEFINITE, GrammarWords.Kind.PLURAL);

    private ArticledNames() {
    }

    /** The French indefinite articles, lower-cased. */
    private static final Set<String> INDEFINITES = GrammarWords.bundled().in("fr", GrammarWords.Kind.INDEFINITE);

    /**
     * Whether the run of capitalised words that starts at token {@code start} follows a French indefinite
     * article written in lower case (« Nadia, une Belge de Molenbeek, 27 ans »): a demonym or a noun heading a
     * description, since French writes no indefinite article before a person's name; a title after it (« un
     * Dr Morel ») is no such run.
     */
    static boolean afterIndefinite(NameWords wd, int start, String lang) {
        return articleBefore(wd, start, lang, INDEFINITES)
                && !wd.entries.honorific(start) && wd.entries.titleRole(start) == null;
    }

    /** Whether the run of capitalised words that starts at token {@code start} follows a definite article. */
    static boolean afterArticle(NameWords wd, int start, String lang) {
        return articleBefore(wd, start, lang, ARTICLES)
                && wd.entries.head(start) == null && !wd.entries.honorific(start)
                && wd.entries.titleRole(start) == null && !wd.entries.is(Kind.DEMONYM, start);
    }

    /** Whether a French word of {@code articles}, written in lower case, stands right before token {@code start}. */
    private static boolean articleBefore(NameWords wd, int start, String lang, Set<String> articles) {
        if (!"fr".equals(lang) || start == 0 || !wd.entries.isWord(start - 1)) {
            return false;
        }
        Token article = wd.tokens.get(start - 1);
        if (!Tokens.adjacent(wd.text, article, wd.tokens.get(start))) {
            return false;
        }
        String a = wd.lower(start - 1);
        return a != null && articles.contains(a) && Character.isLowerCase(wd.text.charAt(article.span().start()));
    }
}
