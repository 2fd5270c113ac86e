package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.afterEnd;
import static org.retour.speaker.QuoteOffsets.blank;
import static org.retour.speaker.QuoteOffsets.lastNonBlankBefore;
import static org.retour.speaker.QuoteOffsets.lineStart;
import static org.retour.speaker.QuoteOffsets.openMark;
import static org.retour.speaker.QuoteOffsets.outerEnd;
import static org.retour.speaker.SpeakerSentences.sentenceStart;

import org.retour.model.Quote;

/**
 * The stretches of text around a top-level quote where its speech cue is looked for: before it, from the start of
 * its sentence (or of the last sentence of the line before, when that line ends with a colon and the quote opens its
 * own), and after it, to the end of its sentence or the next quote's opening mark, each at most {@link
 * CueSpeakerResolver#WINDOW} characters; in characters and in tokens (first inclusive, last exclusive).
 *
 * @param open   the quote's opening mark
 * @param outer  the end of the quote, its closing mark included
 * @param bStart where the stretch before begins
 * @param bEnd   where it ends
 * @param aStart where the stretch after begins ({@code outer})
 * @param aEnd   where it ends
 * @param bFirst the first token before
 * @param bLast  the token after the last token before
 * @param aFirst the first token after
 * @param aLast  the token after the last token after
 */
record QuoteWindow(int open, int outer, int bStart, int bEnd, int aStart, int aEnd, int bFirst, int bLast, int aFirst,
                   int aLast) {

    /** The window of {@code q}, whose previous top-level quote ends at {@code prevEnd} and next opens at {@code nextOpen}. */
    static QuoteWindow of(SpeakerDocument d, Quote q, int prevEnd, int nextOpen) {
        String text = d.text;
        int open = openMark(text, q.span());
        int outer = outerEnd(text, q.span());
        int lineStart = lineStart(d, open);
        int window = CueSpeakerResolver.WINDOW;
        int bStart = Math.max(Math.max(sentenceStart(d, open), prevEnd), Math.max(lineStart, open - window));
        int bEnd = open;
        if (lineStart == open || blank(text, lineStart, open)) {
            int prevLineEnd = lastNonBlankBefore(text, lineStart);
            if (prevLineEnd >= 0 && text.charAt(prevLineEnd) == ':' && prevLineEnd >= prevEnd) {
                bEnd = prevLineEnd + 1;
                bStart = Math.max(Math.max(sentenceStart(d, prevLineEnd), prevEnd),
                        Math.max(lineStart(text, prevLineEnd), bEnd - window));
            }
        }
        int aStart = outer;
        int aEnd = Math.min(Math.min(afterEnd(d, outer), nextOpen), outer + window);
        int bFirst = d.tokenAt(bStart);
        int bLast = d.tokenAt(bEnd);
        int aFirst = d.tokenAt(aStart);
        int aLast = d.tokenAt(Math.max(aStart, aEnd));
        while (aLast > aFirst && d.tokens.get(aLast - 1).span().end() > aEnd) {
            aLast--;
        }
        while (bLast > bFirst && d.tokens.get(bLast - 1).span().end() > bEnd) {
            bLast--;
        }
        return new QuoteWindow(open, outer, bStart, bEnd, aStart, aEnd, bFirst, bLast, aFirst, aLast);
    }
}
