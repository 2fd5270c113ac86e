package org.retour.speaker;

import org.retour.model.Voice;
import org.retour.person.Referents.Referent;

/**
 * A definite description that speaks right after the quote of a named speaker, in the next sentence of its paragraph
 * or of the one after, with no one told of between them, stands for that speaker when its noun does not say otherwise ("Maulana X, who
 * leads Friday prayers, said the boys needed “…”." then "“…,” the cleric said"; "Daniel Harcourt said … “…”." then
 * "“…,” the minister said"): the writer varies the noun for the one who goes on speaking, not for a person named
 * further back nor for an unnamed one the lead told of. A verb of going on (« « … », poursuit l'Elbeuvien ») keeps the
 * last speaker for a description that tells only an age, a sex or an origin, even past others told of between.
 *
 * <p>Stateless and thread-safe.
 */
final class LastSpeakerDescriptions {

    private LastSpeakerDescriptions() {
    }

    /**
     * The last speaker as {@code r}, when {@code r} is a definite description right after their quote that {@code read}
     * (what the other rules made of it) leaves unnamed or gives to someone further back whose role does not hold its
     * noun; else {@code read}.
     */
    static Referent goesOn(SpeakerDocument d, Referent r, Referent read) {
        Referent last = d.lastSpeaker;
        if (r == null || read == null || r.person() != null || r.description() == null || !r.description().definite()
                || last == null || last.person() == null || d.lastEnd < 0 || d.lastEnd > r.span().start()
                || d.paragraph(r.span().start()) - d.lastParagraph > 1
                || !last.gender().compatible(TopicDescriptions.articleGender(r))
                || read.person() == last.person()
                || read.person() != null && read.person().role() != null
                && Inflection.shareNoun(read.person().role(), r.description().role(), d.lang)
                || !DefiniteReferents.afterQuote(d, r) && !sameTradeOpening(d, r, last) || sameNounInLastSentence(d, r)) {
            return read;
        }
        boolean goesOn = d.voiceOf(r.description().role()) == Voice.UNKNOWN && ContinuationVerbs.bundled().around(d, r);
        if (!goesOn && (!d.referents.within(d.lastEnd, r.span().start()).isEmpty() || !nextSentence(d, r)
                || toldOfNearby(d, r, read))) {
            return read; // « « … », poursuit l'Elbeuvien » after « En 2017, Kévin dit avoir vu … »: the one who went on
        }
        Voice own = d.voiceOf(last.person().role());
        Voice described = d.voiceOf(r.description().role());
        boolean fits = own == described || own == Voice.UNKNOWN && described != Voice.JOURNALIST
                || described == Voice.OTHER && own != Voice.JOURNALIST; // "the cleric" of one who leads prayers
        return fits ? new Referent(r.span(), last.person(), r.description(), last.gender().or(r.gender())) : read;
    }

    /**
     * Whether {@code r} opens its sentence and its noun is one of the last speaker's role or of its trade (« « …, estime
     * Laurent Dewaele, criminologue à l'ULB. » » then « Le chercheur rappelle que … »): the writer names the one who
     * just spoke by their trade, though no cue ties the noun to the words before.
     */
    private static boolean sameTradeOpening(SpeakerDocument d, Referent r, Referent last) {
        return last.person().role() != null && SpeakerSentences.wordsBefore(d, r.span().start()) == 0
                && Inflection.shareNoun(last.person().role(), r.description().role(), d.lang);
    }

    /** Whether the last speaker's quote ends in the sentence of {@code r} or in the one right before it. */
    private static boolean nextSentence(SpeakerDocument d, Referent r) {
        int own = SpeakerSentences.sentenceStart(d, r.span().start());
        int last = SpeakerSentences.sentenceStart(d, d.lastEnd - 1);
        return last == own || own > 0 && last == SpeakerSentences.sentenceStart(d, own - 1);
    }

    /**
     * Whether someone unnamed of the description's noun is told of in the sentence of the last quote ("A senior
     * official …, said Dutch women had described “…”" then "“…,” the official said"): the noun takes them up.
     */
    private static boolean sameNounInLastSentence(SpeakerDocument d, Referent r) {
        for (Referent q : d.referents.within(SpeakerSentences.sentenceStart(d, d.lastEnd - 1), d.lastEnd)) {
            if (q.person() == null && q.description() != null
                    && Inflection.shareNoun(q.description().role(), r.description().role(), d.lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the named person {@code read} gives is told of in the description's paragraph or the one before (« a
     * connu Yanis Merabet à Tabqa. « … », affirme-t-il. « … », proteste le prévenu »): the description's own reading.
     */
    private static boolean toldOfNearby(SpeakerDocument d, Referent r, Referent read) {
        if (read.person() == null) {
            return false;
        }
        int from = d.paragraphStarts.get(Math.max(0, d.paragraph(r.span().start()) - 1));
        for (Referent q : d.referents.within(from, r.span().start())) {
            if (q.person() == read.person()) {
                return true;
            }
        }
        return false;
    }
}
