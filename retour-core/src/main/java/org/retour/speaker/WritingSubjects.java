package org.retour.speaker;

import static org.retour.speaker.SpeakerSentences.sentenceStart;

import java.util.Objects;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The subject of a verb of writing, who wrote the letter a quote reads out: a singular pronoun right before
 * the verb or its auxiliary, else the person named right before them.
 *
 * <p>Immutable and thread-safe.
 */
final class WritingSubjects {

    private final PronounSpeakers pronounSpeakers;
    private final SpeechCues cues;

    WritingSubjects(PronounSpeakers pronounSpeakers, SpeechCues cues) {
        this.pronounSpeakers = Objects.requireNonNull(pronounSpeakers);
        this.cues = Objects.requireNonNull(cues);
    }

    /**
     * The subject of the verb of writing at token {@code k}: a singular pronoun right before it or its auxiliary
     * ("une lettre qu'elle avait écrite"), else the person named right before them ("Son fils a écrit"); else null.
     */
    Referent author(SpeakerDocument d, int k, int open) {
        int start = sentenceStart(d, d.tokens.get(k).span().start());
        Referent r = pronounSpeakers.pronounBeforeVerb(d, k, start, open);
        if (r != null) {
            return r;
        }
        TokenCues kinds = d.tokenCues(cues);
        int j = k - 1;
        while (j >= 0 && Tokens.isWord(d.tokens.get(j)) && kinds.kind(j) == SpeechCues.Kind.AUX) {
            j--;
        }
        if (j < 0 || d.tokens.get(j).span().start() < start) {
            return null;
        }
        int end = d.tokens.get(j).span().end();
        for (Referent p : d.referents.within(start, end)) {
            if (p.span().end() == end) {
                return p;
            }
        }
        return null;
    }
}
