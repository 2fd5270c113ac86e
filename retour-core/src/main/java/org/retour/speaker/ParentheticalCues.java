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

    /** How many words may follow the verb of a cue set off by commas before its closing comma ("he told the court,"). */
    static final int AFTER_VERB_WORDS = 3;

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

    /**
     * The person a cue set off by commas interrupts when the subject pronoun at token {@code k} is its own ("A
     * close friend, he said, had been put on the list"): {@link #interrupted(SpeakerDocument, int, int)} for the
     * pronoun and its verb of speech, at most two words after it ("he later said"); else null.
     */
    static Referent interrupted(SpeakerDocument d, SpeechCues cues, int k) {
        int verb = k + 1;
        while (verb < d.tokens.size() && verb - k <= 2 && Tokens.isWord(d.tokens.get(verb))
                && d.tokenCues(cues).kind(verb) != SpeechCues.Kind.VERB) {
            verb++;
        }
        return verb < d.tokens.size() && Tokens.isWord(d.tokens.get(verb))
                && d.tokenCues(cues).kind(verb) == SpeechCues.Kind.VERB ? interrupted(d, k, verb) : null;
    }

    /**
     * The person a cue from token {@code first} to {@code last} set off by commas interrupts ("A close friend, he
     * said, had been put on the list", "Ihr Bruder, sagte sie, sei gefallen", « Son ami, a-t-il dit, avait été
     * tué »): the person named or described at the head of the sentence, its subject, at most
     * {@link #AFTER_VERB_WORDS} words before the comma ("A close friend from Rotterdam, he said,"). The cue's pronoun
     * is someone else, who tells of them; else null.
     */
    static Referent interrupted(SpeakerDocument d, int first, int last) {
        int comma = first - 1;
        if (comma < 1 || !Tokens.is(d.text, d.tokens.get(comma), ",")) {
            return null;
        }
        int close = last + 1;
        while (close < d.tokens.size() && close - last <= AFTER_VERB_WORDS && Tokens.isWord(d.tokens.get(close))) {
            close++; // "she said afterwards,", "he told the court,"
        }
        if (close >= d.tokens.size() || !Tokens.is(d.text, d.tokens.get(close), ",")) {
            return null;
        }
        int at = d.tokens.get(comma).span().start();
        java.util.List<Referent> before = d.referents.within(SpeakerSentences.sentenceStart(d, at), at);
        if (before.isEmpty() || SpeakerSentences.wordsBefore(d, before.get(0).span().start()) > 0
                || SpeakerSentences.wordsBetween(d, before.get(0).span().end(), at) > AFTER_VERB_WORDS) {
            return null;
        }
        return before.get(0);
    }
}
