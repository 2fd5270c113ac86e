package org.retour.speaker;

import java.util.List;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The unnamed newcomer who opens a paragraph, or the sentence of its verb ("The cuts hit everyone. A Belgian-Moroccan
 * former fighter, who spoke on condition that he not be named, said …"), and reports something after a clause set off
 * by commas ("A third graduate, who asked that his name be withheld, said he had not left because of hunger."; "The woman’s mother,
 * who asked not to be named, told …"): the one a pronoun's cue after the next paragraph's quote stands for ("“…,”
 * he admitted"), not the person named before; a short complement of place may come between the description and the
 * clause ("A senior official in Sulaimani, speaking on condition of anonymity, said"). An indefinite, definite or
 * possessive description may open so; a definite one is then read for the named person it may stand for.
 *
 * <p>Stateless and thread-safe.
 */
final class SetOffNewcomers {

    /** The most tokens of a prepositional complement between the description and its comma ("in Sulaimani"). */
    static final int COMPLEMENT_TOKENS = 4;

    private SetOffNewcomers() {
    }

    /**
     * The description that opens paragraph {@code paragraph}, or the sentence of the verb in it, when a clause set off
     * by commas runs from it to the verb of speech whose first token, auxiliaries included, is {@code verb}, in one
     * sentence; else null.
     */
    static Referent opening(SpeakerDocument d, int paragraph, int verb) {
        int start = Math.max(d.paragraphStarts.get(paragraph), SpeakerSentences.sentenceStart(d, d.tokens.get(verb).span().start()));
        int first = d.tokenAt(start);
        if (verb <= first + 1 || !Tokens.is(d.text, d.tokens.get(verb - 1), ",")) {
            return null;
        }
        List<Referent> refs = d.referents.within(start, d.tokens.get(verb).span().start());
        Referent r = refs.isEmpty() ? null : refs.get(0);
        if (r == null || r.person() != null || r.description() == null
                || r.span().start() != d.tokens.get(first).span().start()
                || !(r.description().definite() || d.opensIndefinite(r.description())
                || d.opensPossessive(r.description()))) {
            return null;
        }
        int after = pastComplement(d, d.tokenAt(r.span().end()), verb);
        if (after >= verb || !Tokens.is(d.text, d.tokens.get(after), ",")
                || SpeakerSentences.sentenceStart(d, d.tokens.get(verb).span().start()) > r.span().start()) {
            return null; // the clause must be set off right after the description, in the verb's sentence
        }
        return r;
    }

    /**
     * The token of the comma that ends a short prepositional complement of the description opening at token
     * {@code k} ("A senior official in Sulaimani, speaking on condition of anonymity, said"), before {@code verb};
     * else {@code k}.
     */
    private static int pastComplement(SpeakerDocument d, int k, int verb) {
        if (k >= verb || d.lower(k) == null || !PersonLexicon.bundled().is(PersonLexicon.Kind.PREP, d.lower(k), d.lang)) {
            return k;
        }
        int comma = SpeakerSentences.commaAmongWords(d, k + 1, Math.min(verb, k + COMPLEMENT_TOKENS + 1));
        return comma >= 0 ? comma : k;
    }
}
