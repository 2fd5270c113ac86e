package org.retour.speaker;

import org.retour.person.Referents.Referent;

/**
 * The speaker whose words a quote with no cue takes up in the same paragraph: when an earlier quote of the
 * paragraph has a speaker and no other person is named between its end and the new quote (« Son mari meurt en
 * 2017. Elle dit « disparu ». Ensuite, l'exil. « On ne savait plus où aller. » »: hers, not her husband's, whom the
 * paragraph opened with). A question is left to the rules of exchanges: it turns to someone else.
 *
 * <p>Reads the referents between the two quotes: linear in the text. Stateless and thread-safe.
 */
final class ParagraphSpeakerGoesOn {

    private ParagraphSpeakerGoesOn() {
    }

    /**
     * The last speaker when they spoke earlier in the paragraph of the quote opening at {@code open}, wrote no
     * letter read there, and no one else came up since; else null.
     */
    static Referent speaker(SpeakerDocument d, int open) {
        Referent last = d.lastSpeaker;
        if (last == null || d.lastEnd > open || d.lastParagraph != d.paragraph(open)
                || d.writers.contains(last.person() != null ? last.person() : last.description())) {
            return null; // "Le prêtre replie la lettre. « … »": the reader speaks again, not its writer
        }
        for (Referent r : d.referents.within(d.lastEnd, open)) {
            if (!SpeakerDocument.same(r, last)) {
                return null;
            }
        }
        return last;
    }
}
