package org.retour.speaker;

import java.util.Objects;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The rule that tells whether a subject acts on a person told of before it: an object pronoun (l', lui) stands
 * after the subject, before a verb that is no verb of speech ("son émir l'a inscrit sur une liste", "un
 * responsable du groupe lui a proposé de partir"). The sentence tells what befell that earlier person, who
 * stays the one a later pronoun takes up; "son avocat l'a répété" (a verb of speech) is the subject's own word.
 *
 * <p>Immutable and thread-safe.
 */
final class EarlierObjects {

    /** The most words of a subject's complement ("du groupe") before an object pronoun it acts on. */
    static final int COMPLEMENT_WORDS = 3;

    private final SpeechCues cues;
    private final PersonLexicon lexicon;

    EarlierObjects(SpeechCues cues, PersonLexicon lexicon) {
        this.cues = Objects.requireNonNull(cues);
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    /**
     * Whether a subject acts on a person told of before it: an object pronoun stands right after it or after
     * its complement of at most {@link #COMPLEMENT_WORDS} words, before a verb that is no verb of speech.
     */
    boolean actsOnEarlier(SpeakerDocument d, Referent r) {
        return actsThrough(d, pastComplement(d, d.tokenAt(r.span().end())));
    }

    /**
     * Whether a person set off by commas acts on a person told of before: past the comma that closes their name and
     * a negative particle, an object pronoun stands before a verb that is no verb of speech ("avant que la présidente,
     * Catherine Lemonnier, ne l'arrête d'un geste").
     */
    boolean actsOnEarlierPast(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().end());
        if (k < d.tokens.size() && Tokens.is(d.text, d.tokens.get(k), ",")) {
            k++;
        }
        if (k < d.tokens.size() && Tokens.isWord(d.tokens.get(k)) && cues.negation(d.lower(k), d.lang)) {
            k++;
        }
        return actsThrough(d, k);
    }

    /** Whether token {@code k} is an object pronoun before a word that is no verb of speech, nor its auxiliary's. */
    private boolean actsThrough(SpeakerDocument d, int k) {
        if (k + 1 >= d.tokens.size() || !clitic(d, k) || !Tokens.isWord(d.tokens.get(k + 1))) {
            return false;
        }
        TokenCues kinds = d.tokenCues(cues);
        int verb = kinds.kind(k + 1) == SpeechCues.Kind.AUX && k + 2 < d.tokens.size() ? k + 2 : k + 1;
        return kinds.kind(verb) != SpeechCues.Kind.VERB;
    }

    /**
     * The object pronoun after the complement of at most {@link #COMPLEMENT_WORDS} words that opens at token
     * {@code k} ("du groupe lui", not the article of "de la brigade"); else {@code k}.
     */
    private int pastComplement(SpeakerDocument d, int k) {
        if (k >= d.tokens.size() || !Tokens.isWord(d.tokens.get(k)) || !preposition(d, k)) {
            return k;
        }
        for (int j = k + 1; j < d.tokens.size() && j <= k + COMPLEMENT_WORDS && Tokens.isWord(d.tokens.get(j)); j++) {
            if (clitic(d, j) && !preposition(d, j - 1)) {
                return j;
            }
        }
        return k;
    }

    /** Whether token {@code k} is a preposition (pour, de, to). */
    private boolean preposition(SpeakerDocument d, int k) {
        return lexicon.is(PersonLexicon.Kind.PREP, d.lower(k), d.lang);
    }

    /** Whether token {@code k} is an object pronoun before its verb (l', lui). */
    private boolean clitic(SpeakerDocument d, int k) {
        return Tokens.isWord(d.tokens.get(k))
                && lexicon.is(PersonLexicon.Kind.CLITIC, d.straightLower(k), d.lang);
    }
}
