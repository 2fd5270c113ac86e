package org.retour.speaker;

import java.util.List;
import org.retour.person.Pronoun;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;

/**
 * The person a source phrase names in an earlier sentence of a quote's paragraph (« D'après Abou Ali, le jeune
 * homme a été pendu. « … », dit-il », "According to Ali, …"): whoever reports what the paragraph tells is the
 * one a later pronoun cue stands for, not the person the paragraph tells of. Thread-safe.
 */
final class SourcePersons {

    private final SpeechCues cues;
    private final CueFinder finder;

    SourcePersons(SpeechCues cues, PronounLinker pronouns) {
        this.cues = cues;
        this.finder = new CueFinder(cues, pronouns);
    }

    /**
     * The person named right after the last source phrase of the paragraph before the sentence at
     * {@code offset}, when no verb of speech comes after it there and the gender fits {@code p}; else null.
     */
    Referent before(SpeakerDocument d, int offset, Pronoun p) {
        int own = SpeakerSentences.sentenceStart(d, offset);
        int from = d.paragraphStarts.get(d.paragraph(offset));
        if (own <= from) {
            return null;
        }
        TokenCues kinds = d.tokenCues(cues);
        int first = d.tokenAt(from);
        int last = d.tokenAt(own);
        for (int k = last - 1; k >= first; k--) {
            if (kinds.kind(k) == SpeechCues.Kind.VERB) {
                return null; // a later verb of speech: its subject is the reporter
            }
            if (!kinds.startsLonger(k) && kinds.straightKind(k) != SpeechCues.Kind.SOURCE) {
                continue;
            }
            CueMatch m = finder.cueAt(d, k, first, last);
            if (m == null || !m.source() || m.last() + 1 >= last) {
                continue;
            }
            int next = d.tokens.get(m.last() + 1).span().start();
            List<Referent> after = d.referents.within(next, d.tokens.get(last - 1).span().end());
            Referent r = after.isEmpty() ? null : after.get(0);
            return r != null && r.span().start() == next && r.person() != null && r.description() == null
                    && r.gender().compatible(p.gender()) ? r : null;
        }
        return null;
    }
}
