package org.retour.speaker;

import org.retour.model.Span;
import org.retour.person.Tokens;

/**
 * Where the sentences and words of a speaker document lie around an offset: the start and end of a sentence, the one
 * before it, and how many words stand between two offsets.
 *
 * <p>Stateless and thread-safe.
 */
final class SpeakerSentences {

    private SpeakerSentences() {
    }

    /** The number of words between the start of the sentence holding {@code offset} and {@code offset}. */
    static int wordsBefore(SpeakerDocument d, int offset) {
        return wordsBetween(d, sentenceStart(d, offset), offset);
    }

    /** How many word tokens start between two offsets. */
    static int wordsBetween(SpeakerDocument d, int from, int to) {
        int n = 0;
        for (int k = d.tokenAt(from); k < d.tokens.size() && d.tokens.get(k).start() < to; k++) {
            if (Tokens.isWord(d.tokens.get(k))) {
                n++;
            }
        }
        return n;
    }

    static boolean onlyPunctuation(SpeakerDocument d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Tokens.isWord(d.tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The start of the sentence right before the one starting at {@code own}, when it lies in the paragraph
     * starting at {@code paragraph}; else -1 (also when {@code own} opens the paragraph).
     */
    static int previousSentenceStart(SpeakerDocument d, int own, int paragraph) {
        if (own <= paragraph) {
            return -1;
        }
        int previous = sentenceStart(d, own - 1);
        return previous >= paragraph && previous < own ? previous : -1;
    }

    /** The start of the sentence holding {@code offset}, or 0 when none starts at or before it. */
    static int sentenceStart(SpeakerDocument d, int offset) {
        return d.sentenceStarts.before(offset);
    }

    /** The end of the sentence that holds {@code offset}, or the text's end. */
    static int sentenceEnd(SpeakerDocument d, int offset) {
        int lo = 0;
        int hi = d.sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = d.sentences.get(mid).span();
            if (s.end() <= offset) {
                lo = mid + 1;
            } else if (s.start() > offset) {
                hi = mid - 1;
            } else {
                return s.end();
            }
        }
        return d.text.length();
    }

    /**
     * The first comma token from token {@code from} and before token {@code limit} reached over words only ("Hier,",
     * "in Sulaimani,"), or -1 when another mark or the limit comes first.
     */
    static int commaAmongWords(SpeakerDocument d, int from, int limit) {
        for (int j = from; j < d.tokens.size() && j < limit; j++) {
            if (Tokens.is(d.text, d.tokens.get(j), ",")) {
                return j;
            }
            if (!Tokens.isWord(d.tokens.get(j))) {
                return -1;
            }
        }
        return -1;
    }
}
