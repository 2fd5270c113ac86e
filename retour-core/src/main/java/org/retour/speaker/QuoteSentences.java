package org.retour.speaker;

import org.retour.person.Tokens;

/**
 * The sentences around a quote that a description after it reads: the sentence that opens the quote, and the one
 * before it, where a newcomer the description may stand for is introduced.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteSentences {

    private QuoteSentences() {
    }

    /**
     * The sentence before the one a quote's description belongs to: from {@code from} to {@code to}, where the
     * sentence that opens the description's quote starts.
     */
    record Before(int from, int to) {
    }

    /**
     * The sentence before the quote sentence of a description at {@code at}: in its paragraph, or, when that
     * sentence opens the paragraph, the last of the paragraph before ("A second returnee, …, said the commanders
     * kept …" then "“…,” the young man said" opening the next paragraph); null when there is none.
     */
    static Before before(SpeakerDocument d, int at) {
        int paragraph = d.paragraph(at);
        int own = quoteSentenceStart(d, SpeakerSentences.sentenceStart(d, at), d.paragraphStarts.get(paragraph));
        int previous = SpeakerSentences.previousSentenceStart(d, own, d.paragraphStarts.get(paragraph));
        if (previous < 0 && paragraph > 0 && own <= d.paragraphStarts.get(paragraph)) {
            previous = SpeakerSentences.previousSentenceStart(d, own, d.paragraphStarts.get(paragraph - 1));
        }
        return previous < 0 ? null : new Before(previous, own);
    }

    /**
     * The start of the sentence that opens the quote a sentence at {@code start} goes on, when that sentence begins
     * inside the quote's words ("“My uncle sent … . Then he bought a phone,” the young man said" starts at "My"); else
     * {@code start}. Never before {@code paragraph}.
     */
    private static int quoteSentenceStart(SpeakerDocument d, int start, int paragraph) {
        int own = start;
        for (int k = d.tokenAt(own); own > paragraph && k < d.tokens.size(); k = d.tokenAt(own)) {
            if (!Tokens.isWord(d.tokens.get(k)) || !d.quoted(d.tokens.get(k).span())) {
                break; // the sentence opens with the quote's mark, or outside any quote
            }
            int before = SpeakerSentences.sentenceStart(d, own - 1);
            if (before >= own) {
                break;
            }
            own = Math.max(before, paragraph);
        }
        return own;
    }
}
