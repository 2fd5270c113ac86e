package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Speech heard on a recording, with the words of {@code org/retour/speaker/heard-speech.txt}: an infinitive of
 * speech right after the person a verb of hearing takes as object (« on entend Besnik dire : « … » », "you hear
 * Karim say: “…”") is a cue whose speaker is that person, not the one who plays or hears it. An object pronoun
 * (« on l'entend dire ») is left to the other rules: the one who keeps the recording is often its nearest antecedent.
 *
 * <p>Immutable and thread-safe.
 */
final class HeardSpeech {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/heard-speech.txt";

    /** How many tokens a heard person's name may take between the verb of hearing and the infinitive. */
    static final int NAME_TOKENS = 4;

    private static final HeardSpeech BUNDLED = new HeardSpeech(ResourceLines.classpath(RESOURCE));

    private final Map<String, Map<String, Set<String>>> kinds;

    /** A filter of the words of both kinds in every language: every word token is asked whether it is an infinitive of speech. */
    private final WordFilter filter;

    HeardSpeech(Iterable<String> lines) {
        this.kinds = ResourceLines.wordsByKind(lines, Set.of("hear", "say"), "heard-speech");
        Set<String> all = new java.util.HashSet<>();
        kinds.values().forEach(byLanguage -> byLanguage.values().forEach(all::addAll));
        this.filter = new WordFilter(all);
    }

    /** The bundled words. */
    static HeardSpeech bundled() {
        return BUNDLED;
    }

    /** The cue an infinitive of speech at token {@code k} makes after a heard person, or null. */
    CueMatch cueAt(SpeakerDocument d, int k, int from) {
        if (!is(d, k, "say") || heardName(d, k, from) == null) {
            return null;
        }
        return new CueMatch(k, k, d.tokens.get(k).span(), false, null);
    }

    /**
     * The speaker of a cue made by {@link #cueAt}: the person named between the verb of hearing and the infinitive;
     * null when the cue is no such one.
     */
    Referent speaker(SpeakerDocument d, CueMatch cue, int windowStart) {
        if (cue.source() || cue.first() != cue.last() || !is(d, cue.first(), "say")) {
            return null;
        }
        return heardName(d, cue.first(), d.tokenAt(windowStart)); // windowStart is an offset in the text
    }

    /** The person named or described right before the infinitive at {@code k}, right after a verb of hearing, or null. */
    private Referent heardName(SpeakerDocument d, int k, int from) {
        int low = Math.max(from, k - NAME_TOKENS - 1);
        if (k - 2 < low) {
            return null;
        }
        int end = d.tokens.get(k - 1).span().end();
        for (Referent r : d.referents.within(d.tokens.get(low).span().start(), end)) {
            if (r.span().end() == end && (r.person() != null || r.description() != null)) {
                int verb = d.tokenAt(r.span().start()) - 1;
                return verb >= low && is(d, verb, "hear") ? r : null;
            }
        }
        return null;
    }

    /** Whether word token {@code k} is a word of {@code kind}; the filter turns most words away before the maps are read. */
    private boolean is(SpeakerDocument d, int k, String kind) {
        if (k < 0 || k >= d.tokens.size() || !Tokens.isWord(d.tokens.get(k))) {
            return false;
        }
        String w = d.lower(k).replace('’', '\'');
        if (!filter.mayHave(w)) {
            return false;
        }
        Set<String> words = kinds.get(kind).get(d.lang);
        return words != null && words.contains(w);
    }
}
