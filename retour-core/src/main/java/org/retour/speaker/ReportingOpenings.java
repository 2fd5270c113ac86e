package org.retour.speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retour.model.Quote;

/**
 * The quotes that open by reporting the words they nest: a cue of speech or writing ends right before a nested
 * quote in a quote's first {@link ReportedHeads#HEAD} characters (« Il écrit : “…” », « Il me disait : “…” »,
 * "He says, ‘…’", „Er schrieb: ‚…‘“). Such a quote is the words of the one who reads or passes on what
 * another wrote or said, not that other's: the letter or message is the nested quote.
 *
 * <p>One pass over the quotes; each test looks at a few tokens. Stateless and thread-safe.
 */
final class ReportingOpenings {

    private ReportingOpenings() {
    }

    /** The first nested quote of each quote that has one, by the parent's id. */
    static Map<String, Quote> firstChildren(List<Quote> quotes) {
        Map<String, Quote> first = new HashMap<>();
        for (Quote q : quotes) {
            if (q.parent() != null) {
                first.putIfAbsent(q.parent(), q);
            }
        }
        return first;
    }

    /**
     * Whether the quote {@code q}, whose first nested quote is {@code child} (null when none), opens by reporting
     * it as the message of someone else: the child opens within {@link ReportedHeads#HEAD} characters of
     * {@code q}'s own opening mark, right after a cue of a singular third-person pronoun that {@code finder} reads
     * as reporting it (« Il écrit : “…” », "He says, ‘…’"), with no first-person word before it ({@code self} or
     * {@code me} in {@code letters.txt}): « Il me disait : “…” » is the words of the one told, who may be a letter's
     * writer, and « Ils lui ont dit : “…” » those of a letter telling of others.
     */
    static boolean opensReport(SpeakerDocument d, CueFinder finder, LetterWords words, Quote q, Quote child) {
        if (child == null) {
            return false;
        }
        int open = QuoteOffsets.openMark(d.text, q.span());
        int childOpen = QuoteOffsets.openMark(d.text, child.span());
        if (childOpen <= open || childOpen - open > ReportedHeads.HEAD || finder.reportingPronoun(d, childOpen) == null) {
            return false;
        }
        for (int k = d.tokenAt(open); k < d.tokens.size() && d.tokens.get(k).span().start() < childOpen; k++) {
            LetterWords.Kind kind = org.retour.person.Tokens.isWord(d.tokens.get(k)) ? words.kindAt(d, k) : null;
            if (kind == LetterWords.Kind.SELF || kind == LetterWords.Kind.ME) {
                return false;
            }
        }
        return true;
    }
}
