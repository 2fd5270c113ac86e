package org.retour.eval;

import org.retour.model.Attribution;
import org.retour.model.Speaker;

/**
 * The wrong speakers of matched quotes, counted by how the quote was attributed and by what was found
 * instead, so that the kind of mistake that dominates shows without reading each error.
 *
 * @param wrong           wrong speakers in all
 * @param unattributed    of the wrong ones, quotes no cue or context attributed
 * @param cued            of the wrong ones, quotes attributed through a speech cue
 * @param contextual      of the wrong ones, quotes attributed from context (continuation, colon)
 * @param noSpeaker       nobody found where gold names a speaker
 * @param description     an unnamed speaker (a description) found where gold names one
 * @param otherPerson     another named person found where gold names one
 * @param otherSpeaker    of {@code otherPerson}, a person who speaks another quote of the same article
 * @param nameForUnnamed  a named person found where gold's speaker is unnamed
 */
public record SpeakerErrors(int wrong, int unattributed, int cued, int contextual, int noSpeaker, int description,
                            int otherPerson, int otherSpeaker, int nameForUnnamed) {

    /** No error. */
    public static final SpeakerErrors NONE = new SpeakerErrors(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * One wrong speaker.
     *
     * @param goldSpeaker         the gold speaker's name, null or blank when unnamed
     * @param attribution         the predicted attribution
     * @param speaksAnotherQuote  whether the predicted person is the gold speaker of another quote of the article
     */
    static SpeakerErrors of(String goldSpeaker, Attribution attribution, boolean speaksAnotherQuote) {
        Speaker s = attribution.speaker();
        boolean goldNamed = goldSpeaker != null && !goldSpeaker.isBlank();
        boolean named = s != null && s.name() != null && !s.name().isBlank();
        int otherPerson = goldNamed && named ? 1 : 0;
        return new SpeakerErrors(1,
                attribution instanceof Attribution.Unattributed ? 1 : 0,
                attribution instanceof Attribution.Cued ? 1 : 0,
                attribution instanceof Attribution.Contextual ? 1 : 0,
                goldNamed && s == null ? 1 : 0,
                goldNamed && s != null && !named ? 1 : 0,
                otherPerson,
                otherPerson == 1 && speaksAnotherQuote ? 1 : 0,
                !goldNamed && named ? 1 : 0);
    }

    /** Both counts together. */
    public SpeakerErrors plus(SpeakerErrors o) {
        return new SpeakerErrors(wrong + o.wrong, unattributed + o.unattributed, cued + o.cued,
                contextual + o.contextual, noSpeaker + o.noSpeaker, description + o.description,
                otherPerson + o.otherPerson, otherSpeaker + o.otherSpeaker, nameForUnnamed + o.nameForUnnamed);
    }
}
