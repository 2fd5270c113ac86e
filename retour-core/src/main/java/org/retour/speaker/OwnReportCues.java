package org.retour.speaker;

import org.retour.person.Tokens;

/**
 * A verb of speech in the sentence after a quote that opens the clause it reports with « que » or "that" (« « … ? »
 * Hassan Laaroussi lui serre la main et répond qu'on en parlera ce jour-là », "“…?” Hassan shook his hand and replied
 * that they would talk about it"): it reports words of its own, so it is no cue of the quote before it.
 *
 * <p>Design decision: only a verb past other words of a new sentence counts; right after the quote's mark
 * (« « … », répond-il que … ») the verb is the quote's incise, whatever follows it.
 *
 * <p>Stateless and thread-safe.
 */
final class OwnReportCues {

    private OwnReportCues() {
    }

    /**
     * Whether the verb cue {@code after}, found past the quote whose words end at {@code end} and whose closing mark
     * ends at {@code outer}, with its first token searched from {@code from}, stands in a new sentence past other
     * words and is followed at once by a word that opens a reported clause (`that` in cues.txt).
     */
    static boolean reportsOwn(SpeakerDocument d, SpeechCues cues, CueMatch after, int from, int end, int outer) {
        if (after == null || after.source() || !QuoteOffsets.closesSentence(d.text, end, outer)
                || SpeakerSentences.onlyPunctuation(d, from, after.first())) {
            return false;
        }
        int next = after.last() + 1;
        return next < d.tokens.size() && Tokens.isWord(d.tokens.get(next))
                && Tokens.adjacent(d.text, d.tokens.get(after.last()), d.tokens.get(next))
                && cues.complementizer(d.straightLower(next), d.lang);
    }
}
