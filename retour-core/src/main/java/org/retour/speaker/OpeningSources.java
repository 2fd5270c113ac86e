package org.retour.speaker;

import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The source that opens a sentence and frames all of it (« Pour Me Ferrand, le procès devra dire non pas si sa
 * cliente regrette, mais « … » », « Selon l'enquêteur, … »): a cue of the sentence that names no speaker of its own
 * gives its words to that source.
 *
 * <p>Stateless; thread-safe.
 */
final class OpeningSources {

    /** How many tokens after the source word the frame's comma may stand. */
    static final int FRAME_TOKENS = 8;

    private OpeningSources() {
    }

    /**
     * The person right after a source word (`source` or `weak` in cues.txt) that opens the sentence holding
     * {@code at}, when a comma closes the frame within {@link #FRAME_TOKENS} tokens and the sentence starts at or
     * after {@code windowStart}; else null.
     */
    static Referent speaker(SpeakerDocument d, SpeechCues cues, int windowStart, int at) {
        int start = SpeakerSentences.sentenceStart(d, at);
        if (start < windowStart) {
            return null;
        }
        int head = d.tokenAt(start);
        int last = d.tokenAt(at);
        while (head < last && !Tokens.isWord(d.tokens.get(head))) {
            head++;
        }
        if (head + 1 >= last) {
            return null;
        }
        SpeechCues.Kind kind = cues.kind(d.lower(head), d.lang);
        if (kind != SpeechCues.Kind.SOURCE && kind != SpeechCues.Kind.WEAK) {
            return null;
        }
        int end = Math.min(last, head + 1 + FRAME_TOKENS);
        for (int k = head + 1; k < end; k++) {
            if (Tokens.is(d.text, d.tokens.get(k), ",")) {
                int comma = d.tokens.get(k).span().start();
                java.util.List<Referent> inside = d.referents.within(d.tokens.get(head + 1).span().start(), comma);
                Referent r = inside.size() == 1 ? inside.get(0) : null; // « Pour Me Ferrand, »: one person, a title aside
                return r != null && r.span().end() == comma
                        && SpeakerSentences.wordsBetween(d, d.tokens.get(head + 1).span().start(), r.span().start()) <= 1
                        ? r : null;
            }
        }
        return null;
    }
}
