package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.resource.ResourceLines;

/**
 * Participles that give a name only after a person ("a man called Omar", « un homme surnommé »), from {@code
 * bare-naming.txt}: after a noun of a thing ("a film called Flames of War", « un groupe nommé Jund al-Khilafa ») the
 * capitalised words are the thing's name, no person's.
 *
 * <p>Immutable and thread-safe.
 */
final class BareNaming {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/bare-naming.txt";

    private static final BareNaming BUNDLED = new BareNaming(ResourceLines.classpath(RESOURCE));
    private static final PersonLexicon LEXICON = PersonLexicon.bundled();
    /** The quotation marks that may stand between a participle and the name. */
    private static final String MARKS = "\"\u201c\u201d\u00ab\u00bb'\u2018\u2019\u201e";

    /** Per kind ({@code participle}, {@code someone}), per language, the words. */
    private final Map<String, Map<String, Set<String>>> words;

    BareNaming(List<String> lines) {
        this.words = ResourceLines.wordsByKind(lines, Set.of("participle", "someone"), "bare-naming");
    }

    /** The bundled words. */
    static BareNaming bundled() {
        return BUNDLED;
    }

    /**
     * Whether the name starting at token {@code start} follows a participle of the resource (a quotation mark between
     * or not) right after a word in lower case that heads no person's description and is no {@code someone} word.
     */
    boolean namesThing(String text, List<Token> tokens, int start, String lang) {
        int k = start - 1;
        while (k >= 0 && !Tokens.isWord(tokens.get(k)) && tokens.get(k).span().length() == 1
                && MARKS.indexOf(text.charAt(tokens.get(k).span().start())) >= 0) {
            k--; // a film called "Flames of War"
        }
        if (k < 1 || !in("participle", lang, Tokens.lower(text, tokens.get(k)))) {
            return false;
        }
        Token before = tokens.get(k - 1);
        if (!Tokens.isWord(before) || Tokens.capitalised(text, before)) {
            return false; // "his son, named Ali", "a Briton called Jack"
        }
        String w = Tokens.lower(text, before);
        return LEXICON.head(w, lang) == null && !in("someone", lang, w);
    }

    private boolean in(String kind, String lang, String word) {
        return words.getOrDefault(kind, Map.of()).getOrDefault(lang, Set.of()).contains(word);
    }
}
