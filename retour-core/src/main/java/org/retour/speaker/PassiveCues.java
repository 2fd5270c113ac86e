package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.person.Tokens;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * Verbs of speech in the passive, whose subject is the one told, not the speaker: in "he asked to leave and was
 * told that “…”" the words are someone else's, left unnamed. Words come from
 * {@code org/retour/speaker/passive-cues.txt}.
 *
 * <p>Reads the two words before a cue's verb; immutable and thread-safe.
 */
final class PassiveCues {

    private static final PassiveCues BUNDLED = new PassiveCues(ResourceLines.classpath("org/retour/speaker/passive-cues.txt"));

    private final KindWords kinds;

    private PassiveCues(List<String> lines) {
        this.kinds = KindWords.read(lines, Set.of("aux", "verb", "next", "by"), "passive cues");
    }

    static PassiveCues bundled() {
        return BUNDLED;
    }

    /** Whether a cue's verb is a participle of telling after an auxiliary of the passive ("was told", "were later told"). */
    boolean toldSubject(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null || !is(d, cue.last(), "verb")) {
            return false;
        }
        int k = cue.first() - 1;
        return (is(d, k, "aux") || k >= 1 && Tokens.isWord(d.tokens.get(k)) && d.lower(k).endsWith("ly") && is(d, k - 1, "aux"))
                && (opens(d, cue.last() + 1) || is(d, cue.last() + 1, "by"));
    }

    /**
     * The agent of a passive cue, named right after its preposition ("was told by his commander that “…”"), who
     * said the words; else null.
     */
    org.retour.person.Referents.Referent agent(SpeakerDocument d, CueMatch cue) {
        int by = cue.last() + 1;
        if (!toldSubject(d, cue) || !is(d, by, "by") || by + 1 >= d.tokens.size()) {
            return null;
        }
        int from = d.tokens.get(by).span().end();
        for (var r : d.referents.within(from, Math.min(d.text.length(), d.tokens.get(Math.min(by + 4, d.tokens.size() - 1)).span().end()))) {
            return SpeakerSentences.wordsBetween(d, from, r.span().start()) <= 1 ? r : null;
        }
        return null;
    }

    /** Whether token {@code k} opens what was said: a word of {@code next} or a punctuation mark of it. */
    private boolean opens(SpeakerDocument d, int k) {
        return k < d.tokens.size() && kinds.is("next", d.lower(k), d.lang);
    }

    private boolean is(SpeakerDocument d, int k, String kind) {
        return d.wordOf(kinds, kind, k);
    }
}
