package org.retour.figure;

import java.util.List;
import org.retour.entity.Demonyms;
import org.retour.entity.TokenTrie;
import org.retour.resource.ResourceLines;
import org.retour.time.NumberWords;

/**
 * The words of figures: vague amounts ("des dizaines"), modifiers ("environ", "at least"), the nouns a
 * figure counts ("personnes", "fighters"), what it counts ("rentrées" is returned), and the cues that
 * name its source ("a annoncé", "selon"); from {@code org/retour/figure/}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FigureLexicon {

    private static final String DIR = "org/retour/figure/";
    private static volatile FigureLexicon bundled;

    /** A vague amount: its middle value and bounds (either may be null). */
    public record Amount(double value, Double low, Double high) {
    }

    /** What a modifier does to the number after it. */
    public enum Modifier { APPROXIMATELY, AT_LEAST, AT_MOST, BETWEEN, RANGE_AND }

    /** How a source cue points at the source. */
    public enum Cue { VERB, ACCORDING, ACCORDING_AFTER }

    final TokenTrie<Amount> amounts;
    final TokenTrie<Modifier> modifiers;
    final TokenTrie<Boolean> counted;
    final TokenTrie<String> counts;
    final TokenTrie<Cue> cues;
    final NumberWords numbers;
    final Demonyms demonyms;
    /** Keys of the words that begin a description ("le", "the", "der"). */
    final java.util.Set<String> determiners;
    /** Keys of the possessive words that open a source phrase owned by someone named before ("ses chiffres"). */
    final java.util.Set<String> possessives;
    /** Keys of the words after a number that make it a measure of time or age ("ans", "years"). */
    final java.util.Set<String> measures;
    /** Canonical names of organisations that are never a figure's source by being its clause's subject. */
    final java.util.Set<String> nonSources;
    /** Per language: keys of the words after which a name is not its clause's subject ("de", "with"). */
    final java.util.Map<String, java.util.Set<String>> subjectStops;
    /** Per language: keys of the impersonal subjects of a source verb ("it", "on", "es", "man"). */
    final java.util.Map<String, java.util.Set<String>> impersonal;
    /** Per language: keys of the words between an impersonal subject and its verb ("is", "has been", "wird"). */
    final java.util.Map<String, java.util.Set<String>> auxiliaries;

    private FigureLexicon(TokenTrie<Amount> amounts, TokenTrie<Modifier> modifiers, TokenTrie<Boolean> counted,
                          TokenTrie<String> counts, TokenTrie<Cue> cues, NumberWords numbers, Demonyms demonyms,
                          java.util.Set<String> determiners, java.util.Set<String> possessives,
                          java.util.Set<String> measures,
                          java.util.Set<String> nonSources,
                          java.util.Map<String, java.util.Set<String>> subjectStops,
                          List<String> impersonalLines) {
        this.amounts = amounts;
        this.modifiers = modifiers;
        this.counted = counted;
        this.counts = counts;
        this.cues = cues;
        this.numbers = numbers;
        this.demonyms = demonyms;
        this.determiners = java.util.Set.copyOf(determiners);
        this.possessives = java.util.Set.copyOf(possessives);
        this.measures = java.util.Set.copyOf(measures);
        this.nonSources = java.util.Set.copyOf(nonSources);
        this.subjectStops = java.util.Map.copyOf(subjectStops);
        this.impersonal = kindOf(impersonalLines, "pronoun");
        this.auxiliaries = kindOf(impersonalLines, "auxiliary");
    }

    /** The bundled lexicon (loaded once). */
    public static FigureLexicon bundled() {
        FigureLexicon l = bundled;
        if (l == null) {
            l = new FigureLexicon(amounts(lines("quantities.txt")), modifiers(lines("modifiers.txt")),
                    counted(lines("counted.txt")), counts(lines("counts.txt")), cues(lines("sources.txt")),
                    NumberWords.bundled(), Demonyms.bundled(), determiners(lines("determiners.txt")),
                    determiners(lines("possessives.txt")), determiners(lines("measures.txt")),
                    java.util.Set.copyOf(lines("non-sources.txt").stream().map(String::strip).toList()),
                    subjectStops(lines("subject-stops.txt")), lines("impersonal.txt"));
            bundled = l;
        }
        return l;
    }

    static java.util.Set<String> determiners(List<String> lines) {
        java.util.Set<String> out = new java.util.HashSet<>();
        lines.forEach(l -> out.add(org.retour.entity.Fold.key(l.strip())));
        return out;
    }

    static java.util.Map<String, java.util.Set<String>> subjectStops(List<String> lines) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (String line : lines) {
            String[] p = fields(line, 2);
            out.computeIfAbsent(p[0].strip(), k -> new java.util.HashSet<>()).add(org.retour.entity.Fold.key(p[1].strip()));
        }
        out.replaceAll((k, v) -> java.util.Set.copyOf(v));
        return out;
    }

    /** Per language, the keys of the words of {@code kind} in lines {@code "lang | kind | word"}. */
    static java.util.Map<String, java.util.Set<String>> kindOf(List<String> lines, String kind) {
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (String line : lines) {
            String[] p = fields(line, 3);
            if (!p[1].equals("pronoun") && !p[1].equals("auxiliary")) {
                throw new IllegalArgumentException("figure words: kind must be pronoun or auxiliary: " + line);
            }
            if (p[1].equals(kind)) {
                out.computeIfAbsent(p[0], k -> new java.util.HashSet<>()).add(org.retour.entity.Fold.key(p[2]));
            }
        }
        out.replaceAll((k, v) -> java.util.Set.copyOf(v));
        return java.util.Map.copyOf(out);
    }

    private static List<String> lines(String name) {
        return ResourceLines.classpath(DIR + name);
    }

    private static String[] fields(String line, int n) {
        String[] p = line.split("\\|");
        if (p.length != n) {
            throw new IllegalArgumentException("figure words: expected " + n + " fields separated by '|': " + line);
        }
        for (int i = 0; i < n; i++) {
            p[i] = p[i].strip();
        }
        return p;
    }

    static TokenTrie<Amount> amounts(List<String> lines) {
        TokenTrie.Builder<Amount> b = TokenTrie.builder();
        for (String line : lines) {
            String[] p = fields(line, 5);
            b.add(TokenTrie.words(p[1], p[0]), new Amount(Double.parseDouble(p[2]), bound(p[3]), bound(p[4])));
        }
        return b.build();
    }

    private static Double bound(String s) {
        return s.equals("-") ? null : Double.parseDouble(s);
    }

    static TokenTrie<Modifier> modifiers(List<String> lines) {
        TokenTrie.Builder<Modifier> b = TokenTrie.builder();
        for (String line : lines) {
            String[] p = fields(line, 3);
            b.add(TokenTrie.words(p[1], p[0]), Modifier.valueOf(p[2].toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        }
        return b.build();
    }

    static TokenTrie<Boolean> counted(List<String> lines) {
        TokenTrie.Builder<Boolean> b = TokenTrie.builder();
        for (String line : lines) {
            String[] p = fields(line, 2);
            b.add(TokenTrie.words(p[1], p[0]), Boolean.TRUE);
        }
        return b.build();
    }

    static TokenTrie<String> counts(List<String> lines) {
        TokenTrie.Builder<String> b = TokenTrie.builder();
        for (String line : lines) {
            String[] p = fields(line, 3);
            b.add(TokenTrie.words(p[2], p[1]), p[0]);
        }
        return b.build();
    }

    static TokenTrie<Cue> cues(List<String> lines) {
        TokenTrie.Builder<Cue> b = TokenTrie.builder();
        for (String line : lines) {
            String[] p = fields(line, 3);
            b.add(TokenTrie.words(p[1], p[0]), Cue.valueOf(p[2].toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
        }
        return b.build();
    }
}
