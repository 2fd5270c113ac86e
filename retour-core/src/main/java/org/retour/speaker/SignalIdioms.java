package org.retour.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.resource.ResourceLines;
import org.retour.speaker.VoiceContext.Signal;

/**
 * Set phrases in which a context word of {@link VoiceContext} says nothing of who the speaker is ("in front of" holds
 * no front line, « garde à vue » no guard of the group, "there were" no "there" of life inside), read from lines
 * {@code "lang word…"} of {@code org/retour/speaker/voice-idioms.txt}: every word of such a phrase loses its signal
 * where the whole phrase stands.
 *
 * <p>Only the tokens that carry a signal and are listed in a phrase are looked at, each against the few phrases
 * holding it. Immutable and thread-safe.
 */
final class SignalIdioms {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/voice-idioms.txt";

    /** A phrase's words and where in them the word it is listed under stands. */
    private record Placed(String[] words, int at) {
    }

    /** By language, each word of a phrase with the phrases that hold it. */
    private final Map<String, Map<String, List<Placed>>> byLanguage = new HashMap<>();

    /** The phrases of lines {@code "lang word…"}. */
    SignalIdioms(List<String> lines) {
        for (Map.Entry<String, Set<String>> e : ResourceLines.byLanguage(lines, true).entrySet()) {
            Map<String, List<Placed>> byWord = new HashMap<>();
            for (String phrase : e.getValue()) {
                String[] words = phrase.trim().split("\\s+");
                for (int i = 0; i < words.length; i++) {
                    byWord.computeIfAbsent(words[i], k -> new ArrayList<>()).add(new Placed(words, i));
                }
            }
            byLanguage.put(e.getKey(), byWord);
        }
    }

    /** The bundled phrases. */
    static SignalIdioms bundled() {
        return new SignalIdioms(ResourceLines.classpath(RESOURCE));
    }

    /**
     * Clears, in {@code sig}, the signal of each word token of {@code lowered} (null where a token is no word) that
     * stands inside one of the language's phrases, its words in a row; returns {@code sig}.
     */
    Signal[] clear(Signal[] sig, String[] lowered, String lang) {
        Map<String, List<Placed>> byWord = byLanguage.get(lang);
        if (byWord == null) {
            return sig;
        }
        for (int k = 0; k < sig.length; k++) {
            if (sig[k] == null || lowered[k] == null) {
                continue;
            }
            List<Placed> phrases = byWord.get(lowered[k]);
            if (phrases == null && lowered[k].indexOf('’') >= 0) {
                phrases = byWord.get(lowered[k].replace('’', '\''));
            }
            if (phrases == null) {
                continue;
            }
            for (Placed p : phrases) {
                if (holds(lowered, k - p.at(), p.words())) {
                    sig[k] = null;
                    break;
                }
            }
        }
        return sig;
    }

    /** Whether {@code words} stand in a row from token {@code from} on, with no mark between them. */
    private static boolean holds(String[] lowered, int from, String[] words) {
        if (from < 0 || from + words.length > lowered.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = lowered[from + i];
            if (w == null || !w.equals(words[i]) && !w.replace('’', '\'').equals(words[i])) {
                return false;
            }
        }
        return true;
    }
}
