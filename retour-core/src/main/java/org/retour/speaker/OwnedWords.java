package org.retour.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * Sentences that give the quote right before them to its speaker, read from {@code org/retour/speaker/owned-words.txt}:
 * « « J'ai marché trois jours. » Ces mots sont ceux de Fadimata Walet Intallah » gives the words to Fadimata, whoever
 * spoke before them, as « « Maman, je regrette. » C'est Karim, en mars 2017. » gives them to the voice it names.
 *
 * <p>Immutable and thread-safe.
 */
final class OwnedWords {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/owned-words.txt";

    private static final OwnedWords BUNDLED = new OwnedWords(ResourceLines.classpath(RESOURCE));

    /** A phrase: its language and its lower-cased words. */
    private record Phrase(String lang, String words) {
    }

    /** The phrases of each language, in the order of the resource. */
    private final Map<String, List<Phrase>> byLanguage;
    /** The most characters of a phrase: how much of the text after a quote is ever read. */
    private final int longest;
    /**
     * Per language, the ASCII characters a phrase opens with. Design decision: most quotes are followed by a
     * comma or a word no phrase opens with, and one character read spares lower-casing what follows the quote.
     */
    private final Map<String, String> asciiOpenings;

    OwnedWords(Iterable<String> lines) {
        List<Phrase> out = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+", 2);
            if (p.length < 2) {
                throw new IllegalArgumentException("owned-words line needs 'lang phrase…': " + line);
            }
            out.add(new Phrase(p[0], p[1].toLowerCase(Locale.ROOT).replace('’', '\'')));
        }
        Map<String, List<Phrase>> langs = new HashMap<>();
        Map<String, String> openings = new HashMap<>();
        for (Phrase ph : out) {
            langs.computeIfAbsent(ph.lang(), k -> new ArrayList<>()).add(ph);
            char c = ph.words().charAt(0); // never empty: the rest of a trimmed line after its language
            openings.merge(ph.lang(), c < 0x80 ? String.valueOf(c) : "", String::concat);
        }
        langs.replaceAll((k, v) -> List.copyOf(v));
        this.byLanguage = Map.copyOf(langs);
        this.asciiOpenings = Map.copyOf(openings);
        this.longest = out.stream().mapToInt(ph -> ph.words().length()).max().orElse(0);
    }

    /** The bundled phrases. */
    static OwnedWords bundled() {
        return BUNDLED;
    }

    /**
     * The person named right after a phrase that opens the sentence following the quote whose closing mark ends
     * at {@code outer}, on the quote's line; else null.
     */
    Referent owner(SpeakerDocument d, int outer) {
        List<Phrase> phrases = byLanguage.get(d.lang);
        if (phrases == null) {
            return null;
        }
        int i = outer;
        while (i < d.text.length() && d.text.charAt(i) != '\n' && Character.isWhitespace(d.text.charAt(i))) {
            i++;
        }
        if (i < d.text.length() && d.text.charAt(i) < 0x80 && !opensPhrase(d.lang, d.text.charAt(i))) {
            return null; // ", a-t-il dit": no phrase opens with a comma
        }
        // only as many characters as the longest phrase, so that a quote costs the same however long its line
        int end = Math.min(d.text.length(), i + longest);
        int lineEnd = d.text.indexOf('\n', i, end);
        String rest = d.text.substring(i, lineEnd < 0 ? end : lineEnd).toLowerCase(Locale.ROOT).replace('’', '\'');
        for (Phrase phrase : phrases) {
            String words = phrase.words();
            if (!rest.startsWith(words)) {
                continue;
            }
            int from = i + words.length();
            for (Referent r : d.referents.within(from, from + 40)) {
                return d.text.substring(from, r.span().start()).isBlank() && closesName(d.text, r.span().end()) ? r : null;
            }
        }
        return null;
    }

    /**
     * Whether a punctuation mark or the line's end follows the name ending at {@code end}, over blanks: « C'est
     * Karim, en mars 2017 » names the words' speaker, « C'est Karim qui … » the subject of a cleft.
     */
    private static boolean closesName(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i >= text.length() || ",.;:!?()\n\u2014\u2013".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether a phrase of {@code lang} opens with the ASCII character {@code c} in lower case: an ASCII
     * character lower-cases to one, so no phrase opening otherwise can match the text there.
     */
    private boolean opensPhrase(String lang, char c) {
        return asciiOpenings.get(lang).indexOf(Character.toLowerCase(c)) >= 0;
    }
}
