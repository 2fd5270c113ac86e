package org.retour.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.resource.GrammarWords;
import org.retour.resource.ResourceLines;

/**
 * The nouns that head a description of a person only after an indefinite article and right before a preposition or
 * punctuation, from {@code org/retour/person/indefinite-heads.txt} (« un ancien de Raqqa », « un haut cadre de la
 * DGSI »): elsewhere they are an adjective or a thing (« l'ancien hôpital », « dans le cadre du plan »).
 *
 * <p>Immutable and thread-safe.
 */
final class IndefiniteHeads {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/indefinite-heads.txt";
    /** The most modifiers between the article and the noun (« un haut cadre »). */
    static final int MAX_MODIFIERS = 1;
    private static final IndefiniteHeads BUNDLED = new IndefiniteHeads(ResourceLines.classpath(RESOURCE));

    /** Per language, each noun's gender (unknown when the noun has both). */
    private final Map<String, Map<String, Gender>> nouns;
    /**
     * The first characters of the nouns of every language.
     *
     * <p>Design decision: nearly every word of a document is asked and the nouns are a handful, so a word
     * whose first character starts none of them is turned away without a lookup.
     */
    private final String firsts;

    /** Nouns from lines {@code "lang gender noun"}. */
    IndefiniteHeads(List<String> lines) {
        Map<String, Map<String, Gender>> read = new HashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3) {
                read.computeIfAbsent(f[0], k -> new HashMap<>())
                        .merge(f[2], Gender.fromCode(f[1]), (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        }
        read.replaceAll((lang, byNoun) -> Map.copyOf(byNoun));
        this.nouns = org.retour.resource.LanguageMap.of(Map.copyOf(read));
        StringBuilder first = new StringBuilder();
        read.values().forEach(byNoun -> byNoun.keySet().forEach(noun -> {
            if (!noun.isEmpty() && first.indexOf(noun.substring(0, 1)) < 0) {
                first.append(noun.charAt(0));
            }
        }));
        this.firsts = first.toString();
    }

    /** Whether some noun of {@code lang} is listed: else {@link #headAt} is null for every word. */
    boolean listsNounsIn(String lang) {
        return nouns.containsKey(lang);
    }

    /** The bundled nouns. */
    static IndefiniteHeads bundled() {
        return BUNDLED;
    }

    /**
     * The gender of the description that the noun at token {@code k} heads, or null when it heads none there:
     * the noun must follow an indefinite article of the language (« un », « une ») with at most one modifier between, and come right before a
     * preposition or a punctuation mark.
     */
    Gender headAt(String text, List<Token> tokens, TokenEntries e, int k, String lang) {
        String w0 = e.lower(k);
        if (w0.isEmpty() || firsts.indexOf(w0.charAt(0)) < 0) {
            return null; // no noun starts so
        }
        Map<String, Gender> in = nouns.get(lang);
        Gender g = in == null ? null : in.get(w0);
        if (g == null || k + 1 >= tokens.size()
                || e.isWord(k + 1) && !e.is(Kind.PREP, k + 1) && !e.lower(k + 1).startsWith("d'")
                && !e.lower(k + 1).startsWith("d’")) {
            return null;
        }
        Set<String> articles = GrammarWords.bundled().of(GrammarWords.Kind.INDEFINITE, lang);
        for (int m = k - 1; m >= 0 && k - m <= MAX_MODIFIERS + 1; m--) {
            if (!e.isWord(m) || !Tokens.adjacent(text, tokens.get(m), tokens.get(m + 1))) {
                return null;
            }
            String w = e.lower(m);
            if (articles.contains(w)) {
                return g;
            }
        }
        return null;
    }
}
