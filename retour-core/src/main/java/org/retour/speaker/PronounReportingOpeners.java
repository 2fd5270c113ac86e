package org.retour.speaker;

import java.util.List;
import org.retour.person.Gender;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The unnamed person who opens a paragraph as its subject and, in a later sentence of it, reports something through
 * a subject pronoun ("The second man, a 34-year-old from Kazakhstan, had been in Syria since 2013. He said the foreign
 * fighters …"): the one a pronoun's cue after the next paragraph's quote stands for ("“…,” he said"), not the
 * person who spoke before the paragraph.
 *
 * <p>Stateless and thread-safe.
 */
final class PronounReportingOpeners {

    private PronounReportingOpeners() {
    }

    /**
     * The description that opens paragraph {@code paragraph} as the subject of its first sentence when a singular
     * subject pronoun of {@code gender} opens a later sentence of it right before the verb of speech at token
     * {@code verb} (its auxiliaries between) and no one is named between them; else null.
     */
    static Referent opening(SpeakerDocument d, PronounLinker pronouns, TokenCues kinds, int paragraph, int verb,
                            Gender gender) {
        int head = verb;
        while (head > 0 && verb - head < ParagraphFloor.AUX_TOKENS && kinds.kind(head - 1) == SpeechCues.Kind.AUX) {
            head--; // "Il a dit", "He has said": past the auxiliary
        }
        int k = head - 1;
        if (k < 0 || !Tokens.opensClause(d.tokens, k)) {
            return null;
        }
        PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
        if (f == null || f.pronoun().plural() || !f.pronoun().gender().compatible(gender)) {
            return null;
        }
        int start = d.paragraphStarts.get(paragraph);
        int pronoun = d.tokens.get(k).span().start();
        List<Referent> refs = d.referents.within(start, pronoun);
        Referent r = refs.isEmpty() ? null : refs.get(0);
        if (r == null || r.person() != null || r.description() == null
                || r.span().start() != d.tokens.get(d.tokenAt(start)).span().start()
                || !r.gender().compatible(f.pronoun().gender())
                || SpeakerSentences.sentenceStart(d, pronoun) <= r.span().start()) {
            return null;
        }
        for (Referent other : refs) {
            if (other.person() != null) {
                return null; // "The second man met Omar Haddad. He said …": the pronoun may stand for either
            }
        }
        return r;
    }
}
