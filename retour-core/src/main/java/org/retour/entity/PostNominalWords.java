package org.retour.entity;

import java.util.HashMap;
import java.util.Map;
import org.retour.resource.ResourceLines;

/**
 * The words written after a person's name for a rank at the bar, a seat, an honour or a generation ("Annabel
 * Crewe KC", "Morwenna Pike MP", "John Roe Jr."), from {@code post-nominals.txt}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PostNominalWords {

    /** Each post-nominal and the role it gives ("" for none). */
    private static final Map<String, String> WORDS = read();

    private PostNominalWords() {
    }

    /** Whether {@code word}, as written, is a post-nominal. */
    public static boolean is(String word) {
        return WORDS.containsKey(word);
    }

    /** The role a post-nominal gives the name before it ("KC": lawyer), or null. */
    public static String role(String word) {
        String r = WORDS.get(word);
        return r == null || r.isEmpty() ? null : r;
    }

    private static Map<String, String> read() {
        Map<String, String> m = new HashMap<>();
        for (String line : ResourceLines.classpath("org/retour/entity/post-nominals.txt")) {
            String[] p = line.split("\\s+", 2);
            m.put(p[0], p.length > 1 ? p[1] : "");
        }
        return Map.copyOf(m);
    }
}
