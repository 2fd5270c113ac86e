package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.blank;
import static org.retour.speaker.QuoteOffsets.lineStart;

import org.retour.model.Quote;
import org.retour.person.Referents.Referent;

/**
 * The speaker of a quote that no cue attributes, from the turns around it, tried in order: the noun phrase naming no
 * known person that is the subject of the quote's cue ({@link NominalSubjects}: « un observateur du procès estime que
 * « … » »), the person a question is put by (« Le président l'interroge. « … ? » »), the one asked back or answering in an exchange (« « Vous saviez ? »
 * Long silence. « J'entendais. » »), the speaker an earlier sentence of the paragraph introduces, the person named
 * for the first time right after a quote that opens its paragraph (« « … » Le maire, Paul Roche, reçoit dans son
 * bureau. »), the speaker whose words the paragraph continues, the subject of the previous paragraph, the answerer of a question, the person named
 * right after a quote that opens the article's speech, and the recent speaker of a subjectless cue (« Et d'ajouter :
 * « … » »).
 *
 * <p>Thread-safe: holds only immutable helpers; all state lives in the {@link SpeakerDocument}.
 */
final class ContextTurns {
    private final ContextSpeakers contextSpeakers;
    private final DefiniteReferents definite;
    private final NominalSubjects nominal;
    private final HearerQuestions hearerQuestions;

    ContextTurns(ContextSpeakers contextSpeakers, DefiniteReferents definite, NominalSubjects nominal,
            HearerQuestions hearerQuestions) {
        this.contextSpeakers = contextSpeakers;
        this.definite = definite;
        this.nominal = nominal;
        this.hearerQuestions = hearerQuestions;
    }

    /**
     * Where a quote stands: its opening mark, the end past its closing mark, the end of the previous top-level quote,
     * the start of the window before it, and whether nothing but punctuation precedes it in its sentence.
     */
    record Place(int open, int outer, int prevEnd, int before, boolean startsSentence) {
    }

    /** A speaker found from the turns (or null), and whether they answer a question or are asked back. */
    record Found(Referent speaker, boolean answer, boolean askedBack) {
        static final Found NONE = new Found(null, false, false);
    }

    /**
     * The speaker of {@code q} at {@code at}; {@code used} is the cue that named no one, or null when it has none. A
     * question with no cue that asks its hearer about themselves is not the last speaker's (« Le président
     * l'interroge. « … », raconte-t-il. « Et vous avez voulu partir ? » »: the president's, {@link HearerQuestions}).
     */
    Found speaker(SpeakerDocument d, Quote q, CueMatch used, Place at) {
        Found found = turn(d, q, used, at);
        if (used != null || found.speaker() == null) {
            return found;
        }
        Referent asker = hearerQuestions.asker(d, q, at.open(), found.speaker(), r -> definite.named(d, r));
        if (asker != found.speaker()) {
            return new Found(asker, false, false);
        }
        Referent asked = hearerQuestions.answerer(d, q, at.open(), found.speaker(), r -> definite.named(d, r));
        return asked == found.speaker() ? found : new Found(asked, true, false); // "« … ? », lui demande un enquêteur. « Non. »"
    }

    private Found turn(SpeakerDocument d, Quote q, CueMatch used, Place at) {
        int open = at.open();
        Referent subject = nominal.subject(d, used, at.outer());
        if (subject != null) {
            return new Found(subject, false, false); // "Un observateur du procès estime que « … »": not the last speaker's
        }
        if (used == null) {
            Referent sayer = TakenUpWords.sayer(d, open, at.outer(), contextSpeakers::subject);
            if (sayer != null) {
                return new Found(definite.named(d, sayer), false, false); // "« … »" then "Ces mots, Karim les a prononcés"
            }
        }
        boolean question = Exchanges.question(q);
        Referent speaker = question ? definite.named(d, contextSpeakers.questioner(d, open)) : null; // "Le président
        // l'interroge. « … ? »"
        if (speaker != null) {
            return new Found(speaker, false, false);
        }
        if (used == null && question) {
            speaker = PlaceSpeakers.askedBack(d, open); // "« Oui. »" then "« Et qu'avez-vous défendu ? »"
            if (speaker != null) {
                return new Found(speaker, false, true);
            }
        }
        if (used == null && at.startsSentence() && d.paragraph(open) == d.lastParagraph) {
            speaker = PlaceSpeakers.asked(d, open); // "« Vous saviez ? » Long silence. « J'entendais. »"
            if (speaker != null) {
                return new Found(speaker, true, false);
            }
        }
        if (used == null) {
            speaker = definite.named(d, contextSpeakers.introduced(d, open, at.prevEnd(), at.before(), at.startsSentence(),
                    question));
            if (toldOfInPassing(d, speaker, open)) {
                speaker = d.lastSpeaker; // "Dans la campagne d'Alep, son groupe ne voit pas un soldat du régime. « On attaquait … »"
            }
            if (speaker != null) {
                return new Found(speaker, false, false);
            }
            speaker = PlaceSpeakers.asked(d, open); // "« Vous les avez vues ? », l'interroge la magistrate." "« Oui. »"
            if (speaker != null) {
                return new Found(speaker, true, false);
            }
        }
        if (used == null && d.lastSpeaker != null && blank(d.text, lineStart(d.text, open), open)) {
            Referent next = contextSpeakers.newcomerFollowing(d, at.outer());
            if (next != null) {
                return new Found(next, false, false); // "« … » Le maire, Paul Roche, reçoit dans son bureau."
            }
        }
        if (PlaceSpeakers.continues(d, open) && d.lastSpeaker != null) {
            return new Found(d.lastSpeaker, false, false);
        }
        if (used == null) {
            speaker = definite.named(d, contextSpeakers.previousParagraphSubject(d, open, at.prevEnd()));
            speaker = speaker != null ? speaker : PlaceSpeakers.answerer(d, open);
            speaker = speaker != null || !at.startsSentence() || question ? speaker
                    : contextSpeakers.goesOn(d, open); // no one else since their words
            if (speaker == null && d.lastSpeaker == null && blank(d.text, lineStart(d.text, open), open)) {
                speaker = definite.named(d, contextSpeakers.following(d, at.outer())); // "« … » Assis à la terrasse
                // d'un café, Walid, 29 ans, …"
            }
            return speaker == null ? Found.NONE : new Found(speaker, false, false);
        }
        return PlaceSpeakers.subjectless(d, used) ? new Found(PlaceSpeakers.recentSpeaker(d, open), false, false) // "Et
                // d'ajouter, après un silence : « … »"
                : Found.NONE;
    }

    /**
     * Whether {@code r}, which the context of a quote at {@code open} with no cue offers, is an unnamed person told of
     * after a word of their sentence (an object or a preposition's complement: « son groupe ne voit pas un soldat du
     * régime », "She put the phone to her brother's ear") while a named speaker spoke in the quote's paragraph or the
     * one before: the words are that speaker's, going on about someone they met.
     */
    private static boolean toldOfInPassing(SpeakerDocument d, Referent r, int open) {
        if (r == null || r.person() != null || r.description() == null || r.description().definite()
                || d.lastSpeaker == null || d.lastSpeaker.person() == null || d.paragraph(open) - d.lastParagraph > 1) {
            return false;
        }
        int k = d.tokenAt(r.span().start());
        return k > 0 && org.retour.person.Tokens.isWord(d.tokens.get(k - 1));
    }
}
