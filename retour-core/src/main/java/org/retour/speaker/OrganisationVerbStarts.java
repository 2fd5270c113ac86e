package org.retour.speaker;

import org.retour.person.Tokens;

/**
 * Finds where the words of an organisation's verb of speech begin: at the cue, or at the one word the cue list calls
 * emphasis right before it, a French reflexive or an adverb (« La préfecture se félicite d'un dispositif « … » »,
 * "The ministry also said"), which stands between a subject and its verb. The organisation's subject ends there.
 *
 * <p>Reads one token. Stateless and thread-safe.
 */
final class OrganisationVerbStarts {

    private OrganisationVerbStarts() {
    }

    /** The offset where the verb of {@code cue} begins with the emphasis word before it, if any. */
    static int of(SpeakerDocument d, CueMatch cue) {
        int k = cue.first() - 1;
        if (k < 0 || cue.source()) {
            return cue.span().start();
        }
        var t = d.tokens.get(k);
        return Tokens.isWord(t) && Tokens.adjacent(d.text, t, d.tokens.get(cue.first()))
                && Character.isLowerCase(d.text.charAt(t.span().start()))
                && SpeechCues.bundled().kind(d.lower(k), d.lang) == SpeechCues.Kind.EMPHASIS ? t.span().start() : cue.span().start();
    }
}
