package org.retour.speaker;

import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The person the narration turns to in a short sentence of gesture right before a quote that opens its own
 * sentence, after the words of the last speaker (« « … », dit Abdel. Le père Morin acquiesce. « … » », "“…,” Ms
 * Hale said. Dr Osei nodded slowly. “…”"): the person named or described at the head of that sentence takes the
 * turn from the one whose cue stood earlier. Two people who answer each other in a paragraph take turns this way.
 *
 * <p>Immutable and thread-safe.
 */
final class TurnedToSubjects {

    /** The most words (a determiner, a title: « Le P. Girard », "Puis Karim") before the person at the head. */
    private static final int HEAD_WORDS = 2;

    private final PronounSpeakers pronounSpeakers;
    private final SubjectRules subjectRules;

    TurnedToSubjects(PronounSpeakers pronounSpeakers, SubjectRules subjectRules) {
        this.pronounSpeakers = pronounSpeakers;
        this.subjectRules = subjectRules;
    }

    /**
     * The person named or described (not a pronoun, which goes on with whoever it stands for) by the first words of
     * the sentence right before the one at {@code sentenceStart}, when that sentence lies in the text from {@code p}
     * (after the last quote, in the quote's paragraph), has at most {@link ContextSpeakers#SHORT_SENTENCE} tokens
     * and asks nothing ("Et sa mère ?" asks about her); else null.
     */
    Referent turnedTo(SpeakerDocument d, int p, int sentenceStart) {
        if (sentenceStart <= 0) {
            return null;
        }
        int previous = SpeakerSentences.sentenceStart(d, sentenceStart - 1);
        int first = d.tokenAt(previous);
        int last = d.tokenAt(sentenceStart);
        if (previous < p || previous >= sentenceStart || last - first > ContextSpeakers.SHORT_SENTENCE
                || Tokens.is(d.text, d.tokens.get(last - 1), "?")) {
            return null;
        }
        Referent r = pronounSpeakers.subject(d, previous, sentenceStart);
        return r != null && r.span().start() >= previous && (r.person() != null || r.description() != null)
                && heads(d, first, r) ? r : null;
    }

    /**
     * Whether {@code r} stands at the head of the sentence whose first token is {@code first}: a description opens
     * it with its determiner ("It was her son." names no one who turns), a name comes after at most
     * {@link #HEAD_WORDS} words ("Le P. Girard"), none of which opens a phrase ("Pour Karim, …").
     */
    private boolean heads(SpeakerDocument d, int first, Referent r) {
        int words = r.person() == null || r.description() != null ? HEAD_WORDS : 0;
        for (int k = first; k < d.tokens.size() && d.tokens.get(k).span().end() <= r.span().start(); k++) {
            if (Tokens.isWord(d.tokens.get(k)) && (++words > HEAD_WORDS || subjectRules.opensPhrase(d, k))) {
                return false;
            }
        }
        return true;
    }
}
