package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.openMark;

import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.Referents.Referent;

/**
 * The speaker of a quote nested in another: the person a head cue names ("Karim said, ‘…’"), a figure of the group
 * whose words a former member tells (« L'émir nous a dit : “…” »), the caller of a call told at the end of the
 * paragraph before ({@link ReportTellers}: "His cousin rang him." then "“He said, ‘…’”"), else the person the parent's speaker reports,
 * found from the pronoun or the subject that introduces the nested words (« elle m'a envoyé un message : “…” »);
 * with no such clue the words stay the parent speaker's report, unattributed.
 *
 * <p>Thread-safe: holds only the resolver's immutable helpers; all state lives in the {@link SpeakerDocument}.
 */
final class NestedSpeakers {
    private final CueFinder finder;
    private final GroupFigures figures;
    private final LetterWords letterWords;
    private final ReportedWords reportedWords;
    private final DefiniteReferents definite;

    NestedSpeakers(CueFinder finder, GroupFigures figures, LetterWords letterWords, ReportedWords reportedWords,
            DefiniteReferents definite) {
        this.finder = finder;
        this.figures = figures;
        this.letterWords = letterWords;
        this.reportedWords = reportedWords;
        this.definite = definite;
    }

    /** The quote {@code q}, nested in {@code parent} whose speaker is {@code parentSpeaker} (or null), with its speaker. */
    Quote attribute(SpeakerDocument d, Quote q, Quote parent, Referent parentSpeaker) {
        int nestedOpen = openMark(d.text, q.span());
        Quote named = ReportedHeads.nested(d, finder, q, parentSpeaker); // "Karim said, ‘…’"
        if (named != null) {
            return named;
        }
        Referent caller = ReportTellers.caller(d, q, parent); // "His sister rang him." then "“She said, ‘…’”"
        if (caller != null && !SpeakerDocument.same(caller, parentSpeaker)) {
            return q.withAttribution(new Attribution.Contextual(d.speaker(caller)));
        }
        int parentOpen = openMark(d.text, parent.span());
        Referent figure = figures.nested(d, finder, nestedOpen, parentOpen, parentSpeaker); // "« L'émir nous a dit :
        // “…” »": the group's figure, not a person named before
        if (figure != null) {
            d.groupFigures.add(figure.description().text());
            return q.withAttribution(new Attribution.Contextual(d.speaker(figure)));
        }
        Pronoun reporting = finder.reportingPronoun(d, nestedOpen);
        Gender gender = finder.pronounGender(d, nestedOpen);
        Pronoun subject = reporting == null && gender == Gender.UNKNOWN
                ? IntroducingSubjects.bundled().subject(d, letterWords, nestedOpen, parentOpen) // "elle m'a envoyé un message : “…”"
                : null;
        return reportedWords.nested(d, q, parentSpeaker, subject != null ? subject.gender() : gender, reporting,
                finder.reportingCue(d, nestedOpen), r -> definite.named(d, r));
    }
}
