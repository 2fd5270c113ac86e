package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.resource.ResourceLines;

/**
 * Parents a birth is told with (« né à Chêne-Bourg d'un père genevois et d'une mère savoyarde », "born in Leeds to a
 * Pakistani father and an English mother"): an indefinite description right after a preposition of birth, with a
 * word of birth a few words before it in the same clause, says whom someone was born to and describes no one the
 * text goes on about. The words come from {@code birth-parents.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class BirthParents {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/birth-parents.txt";
    /** The most words between the word of birth and the preposition before the description. */
    static final int MAX_WORDS = 8;

    private static final BirthParents BUNDLED = new BirthParents(ResourceLines.classpath(RESOURCE));

    private final Map<String, Map<String, Set<String>>> words;

    BirthParents(List<String> lines) {
        this.words = ResourceLines.wordsByKind(lines, Set.of("born", "to", "and"), RESOURCE);
    }

    /** The bundled words. */
    static BirthParents bundled() {
        return BUNDLED;
    }

    /**
     * Whether the indefinite description {@code p} is a parent someone was born to: right after a `to` word, or after
     * an `and` word with a `to` word before it ("to a Swiss father and a French mother"), a `born` word before both.
     */
    boolean parent(String text, List<Token> tokens, String[] lower, PersonDescription p, String lang,
                   org.retour.entity.TokenView view) {
        Set<String> to = words.get("to").get(lang);
        Set<String> born = words.get("born").get(lang);
        Set<String> and = words.get("and").get(lang);
        if (p.definite() || to == null || born == null) {
            return false;
        }
        // the view's search when there is one: the shared search of a token list keeps the starts of one list
        // per thread, and rebuilds them when another list was searched in between
        int first = view != null ? view.indexAt(p.span().start()) : Tokens.firstAtOrAfter(tokens, p.span().start());
        if (first < 2) {
            return false;
        }
        String before = Tokens.lower(text, tokens, lower, first - 1);
        boolean needsTo = and != null && and.contains(before);
        if (!needsTo && !to.contains(before)) {
            return false;
        }
        int seen = 0;
        for (int k = first - 2; k >= 0 && seen <= MAX_WORDS; k--) {
            Token t = tokens.get(k);
            if (!Tokens.isWord(t) && !Tokens.is(text, t, "-") && !Tokens.is(text, t, "'") && !Tokens.is(text, t, "’")) {
                return false; // a comma or a stop ends the clause
            }
            String w = Tokens.lower(text, tokens, lower, k);
            if (born.contains(w) && !needsTo) {
                return true;
            }
            needsTo &= !to.contains(w);
            seen += Tokens.isWord(t) ? 1 : 0;
        }
        return false;
    }
}
