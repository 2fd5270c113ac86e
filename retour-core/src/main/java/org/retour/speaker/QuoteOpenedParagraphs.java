package org.retour.speaker;

import org.retour.person.Referents.Referent;
import org.retour.quote.MarkQuoteExtractor;

/**
 * Paragraphs that open with the quote a description after it speaks (« « … », raconte le jeune homme »): the
 * paragraph has told no one yet, so the person it is about is the one the paragraph before opens on (« Walid, 27 ans,
 * a grandi … » then « « Nassim, ils l'ont mis sur la liste … », raconte le jeune homme »: Walid, not Nassim, whom
 * the words name, nor the protagonist named paragraphs before).
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteOpenedParagraphs {

    private QuoteOpenedParagraphs() {
    }

    /**
     * Where the paragraph topic of a description at {@code start} is to be read: the end of the paragraph before when
     * the description's paragraph opens with a quotation mark and names no one outside quotes before it, and the
     * paragraph before ends on no quote of its own; else {@code start}.
     */
    static int topicOffset(SpeakerDocument d, int start) {
        int paragraph = d.paragraph(start);
        if (paragraph == 0) {
            return start;
        }
        int from = d.paragraphStarts.get(paragraph);
        int first = QuoteOffsets.firstNonBlankAt(d.text, from);
        if (first >= start || !MarkQuoteExtractor.isMark(d.text.charAt(first))) {
            return start;
        }
        for (Referent x : d.referents.within(from, start)) {
            if (!d.quoted(x.span())) {
                return start; // « « … », dit-il à son frère Karim. « … », ajoute le jeune homme »: someone told of here
            }
        }
        int end = QuoteOffsets.lastNonBlankBefore(d.text, from);
        return end <= 0 || MarkQuoteExtractor.isMark(d.text.charAt(end)) ? start : end; // « L'animateur l'a
        // interrompu : « … ? » » then « « … », a rétorqué le jeune homme »: an answer to the one who spoke last
    }
}
