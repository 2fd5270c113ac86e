package org.retour.speaker;

import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Words quoted in passing inside a clause that someone else reports: a verb of speech and its "that" stand earlier in
 * the quote's sentence, before the person the quote's cue gives ("He said that in 2017 his commander told him he had been
 * “chosen” …"). The report's speaker keeps the floor; the one quoted in passing takes no turn. Stateless and
 * thread-safe.
 */
final class ReportedPartials {

    private ReportedPartials() {
    }

    /**
     * Whether a verb of speech and the word that opens its reported clause ("said that", « a dit que ») stand
     * between the start of the sentence of {@code open} and the start of {@code speaker}, who is named in that
     * sentence before the quote.
     */
    static boolean insideReport(SpeakerDocument d, SpeechCues cues, Referent speaker, int open) {
        int start = SpeakerSentences.sentenceStart(d, open);
        if (speaker == null || speaker.span().start() < start || speaker.span().start() >= open) {
            return false;
        }
        TokenCues kinds = d.tokenCues(cues);
        for (int k = d.tokenAt(start); k < d.tokens.size() && d.tokens.get(k).span().end() <= speaker.span().start(); k++) {
            if (Tokens.isWord(d.tokens.get(k)) && kinds.kind(k) == SpeechCues.Kind.VERB && k + 1 < d.tokens.size()
                    && Tokens.isWord(d.tokens.get(k + 1)) && cues.complementizer(d.lower(k + 1), d.lang)) {
                return true;
            }
        }
        return false;
    }
}
