package org.retour.entity;

import java.util.List;
import org.retour.resource.ResourceLines;

/**
 * Words for the people of a country ("Français", "Britons", "Deutsche", "فرنسي"), from
 * {@code org/retour/entity/demonyms.txt}, each giving an ISO 3166-1 alpha-2 country code.
 *
 * <p>Immutable and thread-safe.
 */
public final class Demonyms {

    private static volatile Demonyms bundled;
    private final TokenTrie<String> trie;

    private Demonyms(TokenTrie<String> trie) {
        this.trie = trie;
    }

    /** The bundled list (loaded once). */
    public static Demonyms bundled() {
        Demonyms d = bundled;
        if (d == null) {
            d = parse(ResourceLines.classpath("org/retour/entity/demonyms.txt"));
            bundled = d;
        }
        return d;
    }

    /** Demonyms from lines of the form "CC | word | word …". */
    public static Demonyms parse(List<String> lines) {
        TokenTrie.Builder<String> b = TokenTrie.builder();
        for (String line : lines) {
            String[] parts = line.split("\\|");
            String cc = parts[0].strip();
            if (cc.length() != 2 || parts.length < 2) {
                throw new IllegalArgumentException("demonyms: expected 'CC | word | …': " + line);
            }
            for (int i = 1; i < parts.length; i++) {
                String w = parts[i].strip();
                if (!w.isEmpty()) {
                    b.add(TokenTrie.words(w, "fr"), cc);
                }
            }
        }
        return new Demonyms(b.build());
    }

    /** The demonym starting at token {@code i}, with its country code as value, or null. */
    public TokenTrie.Match<String> at(TokenView v, int i) {
        return v.isWord(i) ? trie.longestAt(v, i) : null;
    }
}
