package org.retour.speaker;

import java.util.Objects;
import org.retour.person.Referents.Referent;

/**
 * Decides who answers through a reply cue ("a répondu", "antwortete", "replied") whose subject is a description:
 * the one whose turn it is when the description says nothing of who but an age or a sex ("« … », a répondu le
 * trentenaire"), and the speaker before the last when the description would have the last speaker reply to
 * themselves.
 *
 * <p>Immutable and thread-safe.
 */
final class ReplyTurns {

    private final DefiniteReferents definite;
    private final PronounSpeakers pronounSpeakers;
    private final Exchanges exchanges;

    ReplyTurns(DefiniteReferents definite, PronounSpeakers pronounSpeakers, Exchanges exchanges) {
        this.definite = Objects.requireNonNull(definite);
        this.pronounSpeakers = Objects.requireNonNull(pronounSpeakers);
        this.exchanges = Objects.requireNonNull(exchanges);
    }

    /**
     * The one whose turn it is to answer, for a reply cue whose subject is a description that says nothing of who
     * but an age or a sex ("« … », a répondu le trentenaire"): the last speaker, who was asked, when they spoke in
     * the quote's paragraph or the one before, did not ask the last question themselves and the description's
     * gender fits them; else the description.
     */
    Referent answering(SpeakerDocument d, Referent r, int open) {
        Referent last = d.lastSpeaker == null ? null : definite.named(d, d.lastSpeaker);
        Referent replier = repliesToLast(d, r, last, open);
        if (replier != null) {
            return replier;
        }
        if (r.description() == null || !AgeWords.bundled().plain(r.description().role(), d.lang) || last == null
                || last.person() == null || d.asked || d.paragraph(open) - d.lastParagraph > 1
                || !last.gender().compatible(r.gender())) {
            return r;
        }
        Referent asker = definite.named(d, exchanges.asker(d, open, (from, to) -> pronounSpeakers.subject(d, from, to)));
        if (SpeakerDocument.same(asker, last)) {
            return r; // "Die Anklägerin fragte: „…?“ Die 31-Jährige antwortete": the one asked is not the asker
        }
        return new Referent(r.span(), last.person(), r.description(), last.gender().or(r.gender()));
    }

    /**
     * The speaker before the last one, for a reply cue whose subject is a description that would stand for the
     * last speaker, when the reply follows that speaker's words in their paragraph with no question put between
     * ("« Je voulais juste comprendre », finit-il par lâcher. Le médiateur lui répond : « … »"): one does not reply
     * to oneself. Null otherwise.
     */
    private Referent repliesToLast(SpeakerDocument d, Referent r, Referent last, int open) {
        if (r.description() == null || last == null || d.otherSpeaker == null || d.paragraph(open) != d.lastParagraph
                || d.lastEnd < 0 || d.lastEnd > open || !SpeakerDocument.same(definite.named(d, r), last)
                || exchanges.ask(d, d.tokenAt(d.lastEnd), d.tokenAt(open)) >= 0) {
            return null;
        }
        Referent other = definite.named(d, d.otherSpeaker);
        return other != null && other.person() != null && other.gender().compatible(r.gender())
                ? new Referent(r.span(), other.person(), r.description(), other.gender().or(r.gender())) : null;
    }
}
