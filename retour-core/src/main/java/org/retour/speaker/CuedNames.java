package org.retour.speaker;

import org.retour.model.Span;
import org.retour.person.Referents.Referent;

/**
 * The name the cue of the next words gives an unnamed person a sentence has just brought on stage (« Un éducateur de
 * la prévention spécialisée … n'a pas oublié ces années-là. « … », soupire Karim Ouali. » then « Pour l'éducateur,
 * … »): the person named for the first time right after those words, in the words' inverted cue, is the one
 * described, when the words open right after the description's sentence in its paragraph and the gender agrees.
 *
 * <p>Stateless and thread-safe.
 */
final class CuedNames {

    /** How many characters may stand between the end of the description's sentence and the quote's text (a mark, spaces). */
    static final int QUOTE_GAP = 4;

    /** How many tokens after the quote's text the name may start: the closing mark, a comma, the verb. */
    static final int CUE_TOKENS = 4;

    /** How many characters a title before the name may take, inside the name's mention (« Me »). */
    static final int TITLE_CHARS = 8;

    private CuedNames() {
    }

    /** The person the inverted cue of the words right after {@code r}'s sentence names, as {@code r}; else null. */
    static Referent named(SpeakerDocument d, Referent r) {
        if (r == null || r.person() != null || r.description() == null || d.quoted(r.span())) {
            return null;
        }
        int end = SpeakerSentences.sentenceEnd(d, r.span().end());
        Span quote = d.quotes.after(end, QUOTE_GAP);
        if (quote == null || d.paragraph(quote.start()) != d.paragraph(r.span().end())) {
            return null;
        }
        int k = d.tokenAt(quote.end());
        int last = Math.min(d.tokens.size(), k + CUE_TOKENS + 1);
        boolean verb = false;
        for (int i = k; i < last; i++) {
            Span t = d.tokens.get(i).span();
            if (t.start() < quote.end()) {
                continue;
            }
            if (Character.isUpperCase(d.text.charAt(t.start()))) {
                int head = i;
                while (head + 1 < d.tokens.size() && head - i < 2 && d.beforeName(head)) {
                    head++; // « martèle Me Céline Grosjean »
                }
                return verb ? nameAt(d, r, d.tokens.get(head).span().start()) : null;
            }
            if (".!?;:\n".indexOf(d.text.charAt(t.start())) >= 0) {
                return null; // the words end their sentence: no inverted cue
            }
            verb |= Character.isLetter(d.text.charAt(t.start()));
        }
        return null;
    }

    /** The person first named at {@code at}, not named before {@code r}, of {@code r}'s gender, as {@code r}; else null. */
    private static Referent nameAt(SpeakerDocument d, Referent r, int at) {
        for (Referent n : d.referents.within(Math.max(0, at - TITLE_CHARS),
                Math.min(d.text.length(), at + DefiniteReferents.APPOSED_REACH))) {
            if (n.span().start() <= at && n.span().end() > at && n.person() != null && n.description() == null
                    && n.gender().compatible(r.gender()) && !DefiniteReferents.namedBefore(n.person(), at)) {
                return new Referent(r.span(), n.person(), r.description(), n.gender().or(r.gender()));
            }
        }
        return null;
    }
}
