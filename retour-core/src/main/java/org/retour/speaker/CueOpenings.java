package org.retour.speaker;

import org.retour.model.Token;
import org.retour.person.PronounLinker;
import org.retour.person.Tokens;

/**
 * Where a cue whose verb of speech is a given token begins when words stand before that verb: an inverted auxiliary and
 * one adverb (« a-t-elle simplement dit »), an auxiliary and an adverbial (« a-t-il plus tard ajouté », "has repeatedly
 * said"), or an adverbial after the subject ("she quickly told"). Stateless and thread-safe.
 */
final class CueOpenings {

    private CueOpenings() {
    }

    /**
     * Whether an auxiliary with its subject pronoun joined by hyphens stands two tokens before the verb at
     * {@code k}, with one lower-case word between them ("a-t-elle simplement dit"): the inversion's pronoun is
     * the subject, and only an adverb may stand between it and the participle.
     */
    static boolean invertedAuxBefore(SpeakerDocument d, TokenCues kinds, PronounLinker pronouns, int k) {
        Token aux = d.tokens.get(k - 2);
        Token between = d.tokens.get(k - 1);
        return kinds.kind(k - 2) == SpeechCues.Kind.AUX && d.lower(k - 2).indexOf('-') > 0 && Tokens.isWord(between)
                && Character.isLowerCase(d.text.charAt(between.span().start()))
                && Tokens.adjacent(d.text, aux, between) && Tokens.adjacent(d.text, between, d.tokens.get(k))
                && pronouns.pronounIn(d.text, d.tokens, d.lowered, k - 2, d.lang) != null;
    }

    /**
     * The first token of the cue whose verb of speech is token {@code k} when an adverbial stands right before that
     * verb: the auxiliary before the adverbial ("has repeatedly said", « a-t-il plus tard ajouté », « a pour sa part
     * annoncé »), else the adverbial itself ("she quickly told"), so that the subject before it is the cue's; {@code k}
     * when no adverbial stands there.
     */
    static int adverbialStart(SpeakerDocument d, TokenCues kinds, int k, int from) {
        if (k - 1 < from || !Tokens.adjacent(d.text, d.tokens.get(k - 1), d.tokens.get(k))) {
            return k;
        }
        boolean emphasis = kinds.kind(k - 1) == SpeechCues.Kind.EMPHASIS;
        int a = Adverbials.bundled().startEndingAt(d, k - 1, from);
        if (emphasis && (a < 0 || a > k - 1)) {
            a = k - 1;
        }
        if (a < 0) {
            return k;
        }
        if (a - 1 >= from && kinds.kind(a - 1) == SpeechCues.Kind.AUX
                && Tokens.adjacent(d.text, d.tokens.get(a - 1), d.tokens.get(a))) {
            return a - 1; // "has repeatedly said", "has also said"
        }
        return emphasis ? k : a; // "he also said": the emphasis words keep their own reading
    }
}
