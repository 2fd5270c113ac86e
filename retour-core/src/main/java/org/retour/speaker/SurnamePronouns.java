package org.retour.speaker;

import org.retour.model.Token;
import org.retour.person.Gender;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The gender a surname alone takes from the first singular subject pronoun after it in its sentence, with no one
 * named or described between them: the clause it reports speaks of its subject ("Mercer told agents that he spent
 * most of his time guarding trucks": a man, not his mother Linda Mercer; « Benali a dit qu'elle … »: a woman).
 *
 * <p>Reads at most {@link #WORDS} words after the surname. Stateless and thread-safe.
 */
final class SurnamePronouns {

    /** How many words after the surname the pronoun may stand. */
    static final int WORDS = 12;

    private SurnamePronouns() {
    }

    /** The gender of the first singular third-person pronoun after {@code r} in its sentence, else UNKNOWN. */
    static Gender after(SpeakerDocument d, PronounLinker pronouns, Referent r) {
        int end = SpeakerSentences.sentenceEnd(d, r.span().start());
        int words = 0;
        for (int k = d.tokenAt(r.span().end()); k < d.tokens.size() && words < WORDS; k++) {
            Token t = d.tokens.get(k);
            if (t.span().start() >= end || org.retour.quote.MarkQuoteExtractor.isMark(d.text.charAt(t.span().start()))) {
                return Gender.UNKNOWN; // the sentence ends, or someone's words begin
            }
            if (!Tokens.isWord(t)) {
                continue;
            }
            words++;
            if (!d.referents.within(t.span().start(), t.span().end()).isEmpty()) {
                return Gender.UNKNOWN; // someone else comes first: the pronoun may be theirs
            }
            PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
            if (f != null) {
                return f.pronoun().plural() ? Gender.UNKNOWN : f.pronoun().gender();
            }
        }
        return Gender.UNKNOWN;
    }
}
