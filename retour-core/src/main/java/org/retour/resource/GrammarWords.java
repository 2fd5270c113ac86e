package org.retour.resource;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grammatical words that rules read by their kind (articles, determiners, prepositions, relative and subject
 * pronouns), per language, from {@code org/retour/resource/grammar-words.txt}.
 *
 * <p>Design decision: these small closed classes are data like every other word list, so that a rule names the
 * kind of word it wants (a definite article) and a language is added by adding lines, not code.
 *
 * <p>Immutable and thread-safe.
 */
public final class GrammarWords {

    /** A kind of grammatical word. */
    public enum Kind {
        /** A singular definite article ("the" also stands for the plural). */
        DEFINITE,
        /** A plural definite article. */
        PLURAL,
        /** A singular demonstrative determiner. */
        DEMONSTRATIVE,
        /** A singular indefinite article. */
        INDEFINITE,
        /** A preposition fused with a definite article (« du », « aux »). */
        CONTRACTED,
        /** The preposition that opens a noun's complement ("of", « de »). */
        OF,
        /** A preposition that opens a topic ("about", „über“). */
        ABOUT,
        /** A relative pronoun. */
        RELATIVE,
        /** A third-person singular subject pronoun. */
        HE_SHE;

        /** The kind's name in the data file ({@code he-she} for {@code HE_SHE}). */
        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The bundled resource. */
    public static final String RESOURCE = "org/retour/resource/grammar-words.txt";
    private static final GrammarWords BUNDLED = new GrammarWords(ResourceLines.classpath(RESOURCE));

    /** Per kind, the words by language. */
    private final Map<Kind, Map<String, Set<String>>> words;

    /**
     * The words of lines {@code "lang kind word…"}.
     *
     * @throws IllegalArgumentException for a line without a word or with an unknown kind
     */
    public GrammarWords(List<String> lines) {
        Set<String> codes = new HashSet<>();
        for (Kind k : Kind.values()) {
            codes.add(k.code());
        }
        Map<String, Map<String, Set<String>>> read = ResourceLines.wordsByKind(lines, codes, "grammar-words");
        Map<Kind, Map<String, Set<String>>> byKind = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            byKind.put(k, read.get(k.code()));
        }
        this.words = java.util.Collections.unmodifiableMap(byKind);
    }

    /** The bundled words. */
    public static GrammarWords bundled() {
        return BUNDLED;
    }

    /** The words of a kind in a language; empty when it has none. */
    public Set<String> of(Kind kind, String lang) {
        return words.get(kind).getOrDefault(lang, Set.of());
    }

    /**
     * The words of any of the kinds in any language, for rules that read a word without asking its language
     * (a word of one language seldom stands in the text of another at the places these rules look).
     */
    public Set<String> anyLanguage(Kind... kinds) {
        Set<String> out = new HashSet<>();
        for (Kind kind : kinds) {
            words.get(kind).values().forEach(out::addAll);
        }
        return Set.copyOf(out);
    }

    /** The words of any of the kinds in one language. */
    public Set<String> in(String lang, Kind... kinds) {
        Set<String> out = new HashSet<>();
        for (Kind kind : kinds) {
            out.addAll(of(kind, lang));
        }
        return Set.copyOf(out);
    }
}
