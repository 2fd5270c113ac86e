package org.retour.speaker;

import org.retour.person.Tokens;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * Finds where the words of an organisation's verb of speech begin: at the cue, or at the one word the cue list calls
 * emphasis right before it, a French reflexive or an adverb (« La préfecture se félicite d'un dispositif « … » »,
 * "The ministry also said"), which stands between a subject and its verb, or at the verb that governs it in the
 * infinitive (« La GRC s'est bornée à indiquer qu'elle « … » », infinitive-governors.txt). The organisation's subject
 * ends there.
 *
 * <p>Reads a few tokens. Stateless and thread-safe.
 */
final class OrganisationVerbStarts {

    private OrganisationVerbStarts() {
    }

    /** The bundled verbs that govern an infinitive of speech. */
    static final String GOVERNORS = "org/retour/speaker/infinitive-governors.txt";
    private static final KindWords WORDS = KindWords.read(ResourceLines.classpath(GOVERNORS),
            java.util.Set.of("governor", "link", "aux"), "infinitive-governors");
    /** How many auxiliaries and reflexive pronouns may stand before a governing verb (« s'est bornée »). */
    private static final int AUX_WORDS = 2;

    /**
     * The offset where the verb of {@code cue} begins with the emphasis word before it, if any, or with the verb that
     * governs it in the infinitive (« s'est bornée à indiquer »).
     */
    static int of(SpeakerDocument d, CueMatch cue) {
        int k = cue.first() - 1;
        if (k < 0 || cue.source()) {
            return cue.span().start();
        }
        int governed = governorStart(d, k);
        if (governed >= 0) {
            return governed;
        }
        var t = d.tokens.get(k);
        return Tokens.isWord(t) && Tokens.adjacent(d.text, t, d.tokens.get(cue.first()))
                && Character.isLowerCase(d.text.charAt(t.span().start()))
                && SpeechCues.bundled().kind(d.lower(k), d.lang) == SpeechCues.Kind.EMPHASIS ? t.span().start() : cue.span().start();
    }

    /**
     * The start of a verb group that governs the infinitive cue after token {@code k} (« s'est bornée à », « se
     * contente de »): {@code k} a linking preposition, the word before it a governing verb, past its auxiliaries and
     * reflexive pronoun; else -1.
     */
    private static int governorStart(SpeakerDocument d, int k) {
        if (k < 1 || !d.wordOf(WORDS, "link", k) || !d.wordOf(WORDS, "governor", k - 1)) {
            return -1;
        }
        int start = k - 1;
        while (start > 0 && k - 1 - start < AUX_WORDS && d.wordOf(WORDS, "aux", start - 1)) {
            start--;
        }
        return d.tokens.get(start).span().start();
    }
}
