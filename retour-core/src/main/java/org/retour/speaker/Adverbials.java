package org.retour.speaker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Adverbials that stand between an auxiliary and its participle of speech or between a subject and its verb of speech
 * ("she quickly told reporters", "he has repeatedly said", « a-t-il plus tard ajouté », « a pour sa part annoncé son
 * avocat »), read from {@code adverbials.txt}: listed phrases of one or several words, and single words with an
 * adverb's ending ("-ly", « -ment ») that are not among the listed exceptions. Immutable and thread-safe.
 */
final class Adverbials {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/adverbials.txt";
    /** The most tokens an adverbial runs over (« un peu plus tard », « à plusieurs reprises »). */
    static final int MAX_TOKENS = 4;
    /** The fewest letters of a word that is an adverb by its ending alone. */
    static final int MIN_SUFFIXED = 6;

    private static final Adverbials BUNDLED = new Adverbials(ResourceLines.classpath(RESOURCE));

    /** Per language and kind ("phrase", "suffix", "except"): its forms, lower-cased. */
    private final Map<String, Map<String, Set<String>>> forms;

    /** Adverbials from lines {@code "lang kind form"}; refuses a line of another kind. */
    Adverbials(List<String> lines) {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+", 3);
            if (p.length < 3 || !Set.of("phrase", "suffix", "except").contains(p[1])) {
                throw new IllegalArgumentException(RESOURCE + " line needs 'lang phrase|suffix|except form': " + line);
            }
            out.computeIfAbsent(p[0], l -> new HashMap<>()).computeIfAbsent(p[1], k -> new HashSet<>())
                    .add(p[2].toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").replace("' ", "'"));
        }
        Map<String, Map<String, Set<String>>> frozen = new HashMap<>();
        out.forEach((lang, kinds) -> {
            Map<String, Set<String>> k = new HashMap<>();
            kinds.forEach((kind, set) -> k.put(kind, Set.copyOf(set)));
            frozen.put(lang, Map.copyOf(k));
        });
        this.forms = Map.copyOf(frozen);
    }

    /** The bundled adverbials. */
    static Adverbials bundled() {
        return BUNDLED;
    }

    /**
     * The first token of the longest adverbial that ends at token {@code end} (inclusive) and begins at or after
     * {@code from}, each of its tokens a lower-case word joined to the next by a space or an apostrophe; -1 when none
     * ends there.
     */
    int startEndingAt(SpeakerDocument d, int end, int from) {
        Map<String, Set<String>> kinds = forms.get(d.lang);
        if (kinds == null || end < from || end < 0 || !lowerWord(d, end)) {
            return -1;
        }
        Set<String> phrases = kinds.getOrDefault("phrase", Set.of());
        int best = suffixed(kinds, d.lower(end)) ? end : -1;
        String form = "";
        for (int a = end; a >= Math.max(from, end - MAX_TOKENS + 1); a--) {
            if (!lowerWord(d, a) || a < end && !joined(d, a, a + 1)) {
                break;
            }
            String w = d.lower(a).replace('’', '\'');
            form = a == end ? w : w.endsWith("'") ? w + form : w + " " + form; // "d'" + "emblée", "plus" + " tard"
            if (phrases.contains(form)) {
                best = a;
            }
        }
        return best;
    }

    private static boolean suffixed(Map<String, Set<String>> kinds, String w) {
        if (w.length() < MIN_SUFFIXED || kinds.getOrDefault("except", Set.of()).contains(w)) {
            return false;
        }
        for (String suffix : kinds.getOrDefault("suffix", Set.of())) {
            if (w.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerWord(SpeakerDocument d, int k) {
        Token t = d.tokens.get(k);
        return Tokens.isWord(t) && t.end() > t.start() && Character.isLowerCase(d.text.charAt(t.start()));
    }

    /** Whether tokens {@code a} and {@code b} are joined by one space or follow an apostrophe. */
    private static boolean joined(SpeakerDocument d, int a, int b) {
        int gap = d.tokens.get(b).start() - d.tokens.get(a).end();
        if (gap == 0) {
            char last = d.text.charAt(d.tokens.get(a).end() - 1);
            return last == '\'' || last == '’';
        }
        return gap == 1 && d.text.charAt(d.tokens.get(a).end()) == ' ';
    }
}
