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
        int open = w.open();
        int outer = w.outer();
        int bStart = w.bStart();
        int aEnd = w.aEnd();
        int bFirst = w.bFirst();
        int bLast = w.bLast();
        int aFirst = w.aFirst();
        int aLast = w.aLast();
        CueMatch after = null;
        for (int k = aFirst; k < aLast && after == null; k++) {
            after = finder.cueAt(d, k, aFirst, aLast);
            after = after != null && finder.denied(d, after) ? null : after; // "« … » Anas B. n'a pas réagi."
            after = after != null && finder.outOfIncise(d, after, aFirst) ? null : after; // "« … ? » Falmata sourit"
        }
        if (after != null && after.pronoun() == null && aEnd == nextOpen
                && QuoteOffsets.endsWithColon(text, after.span().end(), aEnd)
                && (closesSentence(text, q.span().end(), outer) || Exchanges.question(q))) {
            after = null; // "« … ? » L'accusé répond d'une voix basse : « … »": a new speaker for the next quote, not
            // "« … », dit le sexagénaire, qui ne cherche pas d'excuse : « … »", whose cue is the first quote's too;
            // a question's answer stays the next quote's ("« … ? », fa-ajāba X : « … »")
        }
        if (after != null && after.pronoun() == null && aEnd == nextOpen && nextOpen < text.length()
                && closesSentence(text, q.span().end(), outer)) {
            after = null; // "“We were hungry.” A woman said the guards “beat …”": the next sentence's cue is its quote's
        }
        after = OwnReportCues.reportsOwn(d, cues, after, aFirst, q.span().end(), outer) ? null : after; // "« … ? » X répond qu'…"
        if (after != null && after.source() && closesSentence(text, q.span().end(), outer)
                && onlyPunctuation(d, aFirst, after.first())) {
            after = null; // "« … ? » Selon le conseil, …": the source opens the next sentence and speaks its words
        }
        CueMatch before = null;
        for (int k = bLast - 1; k >= bFirst && before == null; k--) {
            before = finder.cueAt(d, k, bFirst, bLast);
        }
        int head = bFirst;
        while (head < bLast && !Tokens.isWord(d.tokens.get(head))) {
            head++;
        }
        CueMatch opening = before != null && before.source() && head < bLast ? finder.cueAt(d, head, bFirst, bLast) : null;
        before = opening != null && opening.source() && opening.first() < before.first() ? opening : before; // "Selon le
        // conseil, sur les 420 Belges partis d'après l'OCAM, « … »": the source that opens the sentence speaks, not its own
        boolean startsSentence = true;
        for (int k = bFirst; k < bLast && startsSentence; k++) {
            startsSentence = !Tokens.isWord(d.tokens.get(k));
        }
        if (!startsSentence && bLast - bFirst == 2 && Tokens.is(text, d.tokens.get(bLast - 1), ":")
                && d.referents.within(bStart, open).isEmpty()) {
            startsSentence = true; // "Khaled was silent for a long time. Then: “…”", "Puis : « … »"
        }
        if (after != null && before == null && startsSentence && after.pronoun() == null
                && closesSentence(text, q.span().end(), outer)) { // "L'accusé baisse les yeux. « … . » La magistrate insiste …"
            Referent g = contextSpeakers.gesture(d, Math.max(d.paragraphStarts.get(d.paragraph(open)), prevEnd),
                    sentenceStart(d, open));
            if (g != null) {
                after = null;
            }
        }
        return new Found(after, before, startsSentence);
    }
}
