package org.retour.speaker;

import static org.retour.speaker.SpeakerSentences.sentenceStart;

import java.util.Objects;
import org.retour.model.Speaker;
import org.retour.person.Referents.Referent;

/**
 * Decides whether a body speaks a top-level quote rather than a person: an organisation a cue's pronoun or plain
 * noun of a state body takes up from the sentence before ({@link OrganisationSubjects}), an organisation beside
 * the cue or the author of the report or statement it cites ({@link ReportSpeakers}), a report the quote's
 * sentence reads from ({@link ReportReading}: « On y lit que « … » »), or the organisation whose words go on in
 * its paragraph. It notes in the document the body that spoke last, for the quotes after.
 *
 * <p>Thread-safe; the document it notes in is not.
 */
final class BodySpeakers {

    /** What a body does with a quote. */
    sealed interface Body {

        /** The quote is the body's words with no cue of its own: read in its report, or its words going on. */
        record Words(Speaker body) implements Body {
        }

        /** The body speaks the quote through {@code cue}. */
        record Through(Speaker body, CueMatch cue) implements Body {
        }

        /** No body speaks the quote. */
        record Nobody() implements Body {
        }
    }

    private final ReportSpeakers reports = ReportSpeakers.bundled();
    private final PronounSpeakers pronounSpeakers;

    /** Bodies found with {@code pronounSpeakers} telling whether a quote's sentence has a subject of its own. */
    BodySpeakers(PronounSpeakers pronounSpeakers) {
        this.pronounSpeakers = Objects.requireNonNull(pronounSpeakers);
    }

    /**
     * The body that speaks the quote opening at {@code open} and closing at {@code outer}, given the person a
     * cue gave it ({@code speaker}, or null) through the cue {@code used}, and the cues {@code after} and
     * {@code before} it (each or all null). A report that opens the cue's sentence before the person speaks
     * instead of them (« Un rapport de l'inspection …, remis en décembre, pointe « … » »).
     *
     * @param startsSentence whether the quote opens its sentence
     */
    Body speaking(SpeakerDocument d, Referent speaker, CueMatch used, CueMatch after, CueMatch before,
                  boolean startsSentence, int open, int outer) {
        boolean reportFirst = speaker != null && speaker.span().start() < sentenceStart(d, used.span().start())
                && reports.opensSentence(d, used);
        Speaker subject = OrganisationSubjects.takenUp(d, used); // "Le parquet de Paris … . Dans un communiqué, il indique"
        subject = subject == null && speaker == null ? StatementIssuers.bundled().of(d, used).body() : subject; // "“…,” it said"
        boolean bodySubject = speaker != null && used != null && (speaker.span().start() >= used.span().end()
                || speaker.span().end() <= sentenceStart(d, used.span().start())) // a person from an earlier sentence
                && OrganisationVerbSubjects.before(d, used); // "ISD said the man, Zulkifli Osman, had “…”"
        boolean sourceBody = speaker != null && used != null && used.source() && speaker.span().start() >= used.span().end()
                && CueFinder.organisationAt(d, used) != null; // « Selon le PNAT, Karim B. « … » »: the source's words
        ReportSpeakers.Spoken org = subject != null ? new ReportSpeakers.Spoken(subject, used)
                : speaker != null && !reportFirst && !bodySubject && !sourceBody ? null
                : reports.organisation(d, used, after, before);
        Speaker organisation = org == null ? null : org.speaker();
        Speaker predicate = speaker == null ? PredicateQuotes.subject(d, open) : null; // "le ministère « ne commente pas … »"
        if (predicate != null) {
            d.lastOrganisation = predicate;
            d.lastOrganisationParagraph = d.paragraph(open);
            return new Body.Words(predicate);
        }
        Speaker read = speaker == null && used == null ? reports.readIn(d, open) : null; // "Le rapport … . On y lit que « … »"
        if (read != null) {
            d.lastOrganisation = read;
            d.lastOrganisationParagraph = d.paragraph(open);
            return new Body.Words(read);
        }
        if (organisation == null && speaker == null && used == null && d.lastOrganisation != null
                && d.paragraph(open) == d.lastOrganisationParagraph
                && (startsSentence || ownSubjectless(d, open))) {
            return new Body.Words(d.lastOrganisation); // the report's words go on, unless the quote's own sentence has a subject before it
        }
        d.lastOrganisation = organisation;
        d.lastOrganisationParagraph = d.paragraph(Math.max(open, outer - 1));
        return organisation == null ? new Body.Nobody() : new Body.Through(organisation, org.cue());
    }

    /**
     * Whether the sentence of the quote opening at {@code open} has no subject before it but in a clause an earlier
     * quote of it closed (« indique que le détenu « … » et que « … » »).
     */
    private boolean ownSubjectless(SpeakerDocument d, int open) {
        int start = sentenceStart(d, open);
        Referent subject = pronounSpeakers.subject(d, start, open);
        return subject == null || EarlierClauseSubjects.before(d.text, subject, start, open);
    }
}
