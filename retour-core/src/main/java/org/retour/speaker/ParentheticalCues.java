package org.retour.speaker;

import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * A cue set off by commas right after a person who heads a sentence ("Malik, he said, “was not a bystander”"):
 * the person is the subject of the words reported, the pronoun of the cue is who speaks them. Stateless and
 * thread-safe.
 */
final class ParentheticalCues {

    private ParentheticalCues() {
    }

    /**
     * The token of the singular subject pronoun of a verb of speech that a comma opens and a comma closes right
     * after {@code r} ("X, he said,", "X, she added,"), or -1.
     */
    static int pronounAfter(SpeakerDocument d, PronounLinker pronouns, SpeechCues cues, Referent r) {
        int k = d.tokenAt(r.span().end());
        if (k + 3 >= d.tokens.size() || !Tokens.is(d.text, d.tokens.get(k), ",")) {
            return -1;
        }
        PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k + 1, d.lang);
        if (f == null || f.pronoun().plural() || d.tokenCues(cues).kind(k + 2) != SpeechCues.Kind.VERB
                || !Tokens.is(d.text, d.tokens.get(k + 3), ",")) {
            return -1;
        }
        return k + 1;
    }
}
