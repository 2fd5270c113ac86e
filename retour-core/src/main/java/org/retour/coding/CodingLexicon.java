package org.retour.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The language data the coders share besides the codebook: scope words (negation, hypothesis, denial)
 * and the words that tell whose testimony a segment reports, per language.
 *
 * <p>Loaded once from {@code org/retour/coding/scopes.txt} and {@code testimony.txt}; immutable.
 */
public final class CodingLexicon {

    static final Set<String> SCOPE_KINDS = Set.of("negation", "reverser", "hypothetical", "hypothetical-initial", "denial");
    static final Set<String> TESTIMONY_KINDS = Set.of("defector", "returnee", "speech", "motive", "testimony", "first-person", "reported",
            "reporter");

    private final Map<String, PatternIndex<String>> scopes;
    private final Map<String, PatternIndex<String>> testimony;

    private CodingLexicon(Map<String, PatternIndex<String>> scopes, Map<String, PatternIndex<String>> testimony) {
        this.scopes = Map.copyOf(scopes);
        this.testimony = Map.copyOf(testimony);
    }

    /** The lexicon that ships with Retour. */
    public static CodingLexicon standard() {
        return Holder.STANDARD;
    }

    /** A lexicon from lines of the form {@code LANGUAGE KIND CUE}. */
    static CodingLexicon of(List<String> scopeLines, List<String> testimonyLines) {
        return new CodingLexicon(index(scopeLines, SCOPE_KINDS, "scopes.txt"), index(testimonyLines, TESTIMONY_KINDS,
                "testimony.txt"));
    }

    /** Scope matches in {@code tokens} for {@code language}. */
    List<PatternIndex.Match<String>> scopes(CueTokens tokens, String language) {
        PatternIndex<String> idx = scopes.get(language);
        return idx == null ? List.of() : idx.find(tokens);
    }

    /** Testimony matches in {@code tokens} for {@code language}. */
    List<PatternIndex.Match<String>> testimony(CueTokens tokens, String language) {
        PatternIndex<String> idx = testimony.get(language);
        return idx == null ? List.of() : idx.find(tokens);
    }

    private static Map<String, PatternIndex<String>> index(List<String> lines, Set<String> kinds, String file) {
        Map<String, PatternIndex<String>> out = new HashMap<>();
        for (String line : lines) {
            String[] p = line.split("\\s+", 3);
            if (p.length < 3 || !kinds.contains(p[1])) {
                throw new IllegalStateException(file + ": bad line '" + line + "' (expected LANGUAGE KIND CUE, KIND one of "
                        + kinds + ")");
            }
            out.computeIfAbsent(p[0], k -> new PatternIndex<>()).add(p[1], CuePattern.compile(p[2]));
        }
        return out;
    }

    private static final class Holder {
        static final CodingLexicon STANDARD = of(ResourceLines.classpath("org/retour/coding/scopes.txt"),
                ResourceLines.classpath("org/retour/coding/testimony.txt"));
    }
}
