package org.retour.speaker;

import org.retour.person.Pronoun;
import org.retour.person.Referents.Referent;
import org.retour.quote.MarkQuoteExtractor;

/**
 * Paragraphs that open with the quote a description after it speaks (« « … », raconte le jeune homme »): the
 * paragraph has told no one yet, so the person it is about is the one the paragraph before opens on (« Walid, 27 ans,
 * a grandi … » then « « Nassim, ils l'ont mis sur la liste … », raconte le jeune homme »: Walid, not Nassim, whom
 * the words name, nor the protagonist named paragraphs before). A pronoun after such a quote (« « … », raconte-t-il »)
 * goes so to the person a paragraph without words of anyone's tells of, over the one who spoke before it.
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

    /**
     * The person the pronoun {@code p} at {@code at} stands for when its quote opens its paragraph and the paragraph
     * before, which holds no quote, opens on that person of {@code p}'s gender and tells of them more than once, as
     * {@code named} names them (« Karim, 41 ans, avait 28 ans quand il a quitté Bruxelles. … » then « « … »,
     * raconte-t-il »: Karim, not his father who spoke before); else null.
     */
    static Referent pronounTopic(SpeakerDocument d, SubjectRules rules, java.util.function.UnaryOperator<Referent> named,
            Pronoun p, int at) {
        int end = topicOffset(d, at);
        if (end == at || p.plural()) {
            return null;
        }
        int from = d.paragraphStarts.get(d.paragraph(end));
        for (int i = from; i < end; i++) {
            char c = d.text.charAt(i);
            if (MarkQuoteExtractor.isMark(c) && "'’‘‚".indexOf(c) < 0) { // no apostrophe
                return null; // someone spoke there: the words after may answer them
            }
        }
        Referent topic = rules.paragraphTopic(d, end, p.gender());
        topic = topic == null || rules.governed(d, topic) ? null : named.apply(topic);
        if (topic == null || topic.person() == null || !topic.gender().compatible(p.gender())) {
            return null;
        }
        int mentions = 0;
        for (org.retour.model.Mention m : topic.person().mentions()) {
            mentions += m.span().start() >= from && m.span().end() <= end ? 1 : 0;
        }
        return mentions >= 2 ? topic : null; // "One of the men Thygesen mentored …": no one the paragraph goes on about
    }
}
