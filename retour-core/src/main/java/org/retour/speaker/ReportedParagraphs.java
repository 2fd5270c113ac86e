package org.retour.speaker;

import org.retour.person.Referents.Referent;

/**
 * The speaker of the reported speech a paragraph ends with, for a quote that stands alone in the paragraph after it
 * ("Life there was nothing like the videos, she says. Women were not allowed out alone." then "“You sit in a room …”"):
 * the person of the last verb of speech of that paragraph, when no one else is named or described after it there.
 *
 * <p>Stateless and thread-safe.
 */
final class ReportedParagraphs {

    private ReportedParagraphs() {
    }

    /**
     * The person the last speech cue of the paragraph {@code [from, to)} gives, when no other person is named or
     * described after that cue in the paragraph and the cue asks nothing ({@code asks}: "I asked Haddad one last
     * question." then "“Do you want to go back?”" is the asker's, no teller's); else null. The quote the paragraph comes
     * before opens at {@code open}.
     */
    static Referent lastTeller(SpeakerDocument d, CueFinder finder, CueSpeakers cueSpeakers,
                               java.util.function.Predicate<CueMatch> asks, int from, int to, int open) {
        int first = d.tokenAt(from);
        int last = d.tokenAt(to);
        for (int k = last - 1; k >= first; k--) {
            CueMatch cue = finder.cueAt(d, k, first, last);
            if (cue == null || cue.source() || finder.denied(d, cue)) {
                continue;
            }
            if (asks.test(cue)) {
                return null;
            }
            Referent teller = cueSpeakers.speakerFor(d, cue, from, to, open);
            if (teller == null || teller.person() == null) {
                return null;
            }
            for (Referent r : d.referents.within(cue.span().end(), to)) {
                if (!SpeakerDocument.same(r, teller)) {
                    return null; // "… she says. Her husband was killed." then "“…”": not only hers to go on
                }
            }
            return teller;
        }
        return null;
    }
}
