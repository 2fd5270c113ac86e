package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.closesSentence;
import static org.retour.speaker.SpeakerSentences.onlyPunctuation;
import static org.retour.speaker.SpeakerSentences.sentenceStart;

import java.util.Objects;
import org.retour.model.Quote;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The speech cues of a top-level quote's window: the first cue after it and the last before it that may speak it,
 * with the cues after it that belong to the next sentence or quote set aside, and whether the quote opens its
 * sentence.
 *
 * <p>Immutable and thread-safe (holds only its rules).
 */
final class WindowCues {

    /**
     * The cues found around a quote.
     *
     * @param after          the cue after the quote that may speak it, or null
     * @param before         the cue before it in its window, or null
     * @param startsSentence whether no word stands between the start of the window before and the quote
     */
    record Found(CueMatch after, CueMatch before, boolean startsSentence) {
    }

    private final CueFinder finder;
    private final SpeechCues cues;
    private final ContextSpeakers contextSpeakers;

    WindowCues(CueFinder finder, SpeechCues cues, ContextSpeakers contextSpeakers) {
        this.finder = Objects.requireNonNull(finder);
        this.cues = Objects.requireNonNull(cues);
        this.contextSpeakers = Objects.requireNonNull(contextSpeakers);
    }

    /** The cues of {@code q} in its window {@code w}; the previous top-level quote ends at {@code prevEnd}. */
    Found find(SpeakerDocument d, Quote q, QuoteWindow w, int prevEnd, int nextOpen) {
        String text = d.text;
        CueMatch after = null;
        for (int k = w.aFirst(); k < w.aLast() && after == null; k++) {
            after = finder.cueAt(d, k, w.aFirst(), w.aLast());
            after = after != null && finder.denied(d, after) ? null : after; // "« … » Anas B. n'a pas réagi."
            after = after != null && finder.outOfIncise(d, after, w.aFirst()) ? null : after; // "« … ? » Falmata sourit"
        }
        if (after != null && after.pronoun() == null && w.aEnd() == nextOpen
                && QuoteOffsets.endsWithColon(text, after.span().end(), w.aEnd())
                && (closesSentence(text, q.span().end(), w.outer()) || Exchanges.question(q))) {
            after = null; // "« … ? » L'accusé répond d'une voix basse : « … »": a new speaker for the next quote, not
            // "« … », dit le sexagénaire, qui ne cherche pas d'excuse : « … »", whose cue is the first quote's too;
            // a question's answer stays the next quote's ("« … ? », fa-ajāba X : « … »")
        }
        if (after != null && after.pronoun() == null && w.aEnd() == nextOpen && nextOpen < text.length()
                && closesSentence(text, q.span().end(), w.outer())) {
            after = null; // "“We were hungry.” A woman said the guards “beat …”": the next sentence's cue is its quote's
        }
        after = OwnReportCues.reportsOwn(d, cues, after, w.aFirst(), q.span().end(), w.outer()) ? null : after; // "« … ? » X répond qu'…"
        if (after != null && after.source() && closesSentence(text, q.span().end(), w.outer())
                && onlyPunctuation(d, w.aFirst(), after.first())) {
            after = null; // "« … ? » Selon le conseil, …": the source opens the next sentence and speaks its words
        }
        CueMatch before = null;
        for (int k = w.bLast() - 1; k >= w.bFirst() && before == null; k--) {
            before = finder.cueAt(d, k, w.bFirst(), w.bLast());
        }
        int head = w.bFirst();
        while (head < w.bLast() && !Tokens.isWord(d.tokens.get(head))) {
            head++;
        }
        CueMatch opening = before != null && head < w.bLast() ? finder.cueAt(d, head, w.bFirst(), w.bLast()) : null;
        if (opening != null && opening.source() && opening.first() < before.first()
                && (before.source() || !finder.personBetween(d, opening.last() + 1, before.first()))) {
            before = opening; // "Selon le conseil, sur les 420 Belges partis d'après l'OCAM, « … »": the source that opens
            // the sentence speaks, not its own; « Selon lui, on ne leur confiait « … » »: nor a verb of no one's
        }
        if (after != null && before != null && !after.source() && after.pronoun() == null && after.first() > w.aFirst()
                && d.conjunction(after.first() - 1) && onlyPunctuation(d, w.aFirst(), after.first() - 1)) {
            after = null; // « Il affirme n'avoir « rien vu » et dit être rentré pour sa fille »: a second verb of the
            // subject before the quote, not an incise whose subject follows
        }
        boolean startsSentence = true;
        for (int k = w.bFirst(); k < w.bLast() && startsSentence; k++) {
            startsSentence = !Tokens.isWord(d.tokens.get(k));
        }
        if (!startsSentence && w.bLast() - w.bFirst() == 2 && Tokens.is(text, d.tokens.get(w.bLast() - 1), ":")
                && d.referents.within(w.bStart(), w.open()).isEmpty()) {
            startsSentence = true; // "Khaled was silent for a long time. Then: “…”", "Puis : « … »"
        }
        if (after != null && before == null && startsSentence && after.pronoun() == null
                && closesSentence(text, q.span().end(), w.outer())) { // "L'accusé baisse les yeux. « … . » La magistrate insiste …"
            Referent g = contextSpeakers.gesture(d, Math.max(d.paragraphStarts.get(d.paragraph(w.open())), prevEnd),
                    sentenceStart(d, w.open()));
            if (g != null) {
                after = null;
            }
        }
        return new Found(after, before, startsSentence);
    }
}
