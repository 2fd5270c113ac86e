package org.retour.speaker;

import java.util.function.UnaryOperator;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;

/**
 * The last speaker as the speaker of a quote with no cue and no one in its context, when nobody else has been named
 * or described since their words ended, within a paragraph or two (« C'est là, explique-t-il, que l'histoire s'est
 * effondrée. » then « Dans la campagne d'Alep, son groupe ne voit personne. « On attaquait des villages … » »): the
 * account goes on; two paragraphs on, only when the one between tells of them through a pronoun. A question is left alone: the one who asks it is rarely the one who spoke last. Stateless and
 * thread-safe.
 */
final class UninterruptedSpeakers {

    /** How many paragraphs after the last speaker's words the account may go on. */
    static final int PARAGRAPHS = 2;

    private UninterruptedSpeakers() {
    }

    /** Whether paragraph {@code p} holds a singular third-person pronoun whose gender fits {@code last}'s. */
    private static boolean toldOf(SpeakerDocument d, int p, Referent last, PronounLinker pronouns) {
        int start = d.paragraphStarts.get(p);
        int end = d.paragraphEnd(p);
        for (int k = d.tokenAt(start); k < d.tokens.size() && d.tokens.get(k).span().start() < end; k++) {
            PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
            if (f != null && !f.pronoun().plural() && f.pronoun().gender().compatible(last.gender())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last speaker, within {@link #PARAGRAPHS} paragraphs before {@code at}, as the one a sentence's subject acts on
     * through an object pronoun (« Sa mère lui envoyait des photos. « Je regardais ces photos la nuit. » »: his words,
     * not hers); else null.
     */
    static Referent actedOn(SpeakerDocument d, int at) {
        return spokeRecently(d, at) ? d.lastSpeaker : null;
    }

    /** Whether the last speaker's words ended before {@code at}, at most {@link #PARAGRAPHS} paragraphs back. */
    private static boolean spokeRecently(SpeakerDocument d, int at) {
        return d.lastSpeaker != null && d.lastEnd >= 0 && d.lastEnd <= at && d.paragraph(at) - d.lastParagraph <= PARAGRAPHS;
    }

    /** The last speaker, when the quote opening at {@code open} follows their words with no one else between; else null. */
    static Referent goesOn(SpeakerDocument d, int open, UnaryOperator<Referent> named, PronounLinker pronouns) {
        if (!spokeRecently(d, open)) {
            return null;
        }
        Referent last = named.apply(d.lastSpeaker);
        if (d.paragraph(open) - d.lastParagraph > 1 && !toldOf(d, d.lastParagraph + 1, last, pronouns)) {
            return null; // "The camp holds 2,000 people.": a paragraph between that does not tell of them ends the account
        }
        for (Referent r : d.referents.within(d.lastEnd, open)) {
            if (!SpeakerDocument.same(named.apply(r), last)) {
                return null; // someone else is named or described since: whose words these are, the context cannot tell
            }
        }
        return last;
    }
}
