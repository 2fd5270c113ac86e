package org.retour.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.retour.resource.ResourceLines;

/**
 * The language data the coders share besides the codebook: scope words (negation, hypothesis, denial)
 * and the words that tell whose testimony a segment reports, per language.
 *
 * <p>Loaded once from {@code org/retour/coding/scopes.txt} and {@code testimony.txt}; immutable. The
 * coders search these words together with the codebook's cues in one {@link CueIndex}.
 */
public final class CodingLexicon {

    static final Set<String> SCOPE_KINDS = Set.of("negation", "reverser", "hypothetical", "hypothetical-initial", "denial", "address",
            "kin", "idiom", "other-side", "consequent");
    /** The scope kind of another side's names, written with the codes it applies to: {@code other-side:N2}. */
    static final String OTHER_SIDE = "other-side";
    static final Set<String> TESTIMONY_KINDS = Set.of("defector", "returnee", "speech", "motive", "testimony", "first-person", "reported", "witness",
            "reporter", "opinion", "weighing", "counsel", "collective");

    /**
     * One line of a lexicon file.
     *
     * @param language the ISO 639-1 code of the cue's language
     * @param kind     the kind of word (a scope kind or a testimony kind)
     * @param scope    whether it comes from the scope words (otherwise from the testimony words)
     * @param pattern  the compiled cue
     * @param codes    the codes a scope word applies to when its kind names them ({@code other-side:N2}); empty:
     *                 every code
     */
    record Entry(String language, String kind, boolean scope, CuePattern pattern, Set<String> codes) {
        Entry {
            codes = Set.copyOf(codes);
        }
    }

    private final List<Entry> entries;

    private CodingLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The lexicon that ships with Retour. */
    public static CodingLexicon standard() {
        return Holder.STANDARD;
    }

    /** A lexicon from lines of the form {@code LANGUAGE KIND CUE}. */
    static CodingLexicon of(List<String> scopeLines, List<String> testimonyLines) {
        List<Entry> out = new ArrayList<>();
        read(scopeLines, SCOPE_KINDS, true, "scopes.txt", out);
        read(testimonyLines, TESTIMONY_KINDS, false, "testimony.txt", out);
        return new CodingLexicon(out);
    }

    /** The scope and testimony words, in file order. */
    List<Entry> entries() {
        return entries;
    }

    private static void read(List<String> lines, Set<String> kinds, boolean scope, String file, List<Entry> out) {
        for (String line : lines) {
            String[] p = line.split("\\s+", 3);
            boolean listsCodes = p.length >= 2 && p[1].indexOf(':') >= 0;
            if (p.length < 3 || !kinds.contains(kindOf(p[1]))
                    || listsCodes != (scope && kindOf(p[1]).equals(OTHER_SIDE)) // other-side, and only it, names its codes
                    || listsCodes && p[1].endsWith(":")) {
                throw new IllegalStateException(file + ": bad line '" + line + "' (expected LANGUAGE KIND CUE, KIND one of "
                        + kinds + ", other-side with its codes: other-side:N2)");
            }
            out.add(new Entry(p[0], kindOf(p[1]), scope, CuePattern.compile(p[2]), codesOf(p[1])));
        }
    }

    /**
     * The kind of a lexicon line's kind field: the part before a colon, which lists the codes a scope applies to
     * ({@code other-side:N2}).
     */
    static String kindOf(String field) {
        int colon = field.indexOf(':');
        return colon < 0 ? field : field.substring(0, colon);
    }

    /** The codes a lexicon line's kind field names after its colon ({@code other-side:N2,N8}), or none. */
    static Set<String> codesOf(String field) {
        int colon = field.indexOf(':');
        return colon < 0 ? Set.of() : Set.of(field.substring(colon + 1).split(","));
    }

    private static final class Holder {
        static final CodingLexicon STANDARD = of(ResourceLines.classpath("org/retour/coding/scopes.txt"),
                ResourceLines.classpath("org/retour/coding/testimony.txt"));
    }
}
