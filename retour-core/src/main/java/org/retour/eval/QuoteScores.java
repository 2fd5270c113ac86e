package org.retour.eval;

/**
 * Quote and speaker scores over a set of articles.
 *
 * @param documents articles scored
 * @param gold      gold quotes (headline quotes outside the body excluded)
 * @param predicted predicted quotes
 * @param loose     precision, recall and F1 at overlap {@value QuoteEvaluator#LOOSE}
 * @param strict    precision, recall and F1 at overlap {@value QuoteEvaluator#STRICT}
 * @param speaker   speaker accuracy on the quotes matched at the loose threshold
 * @param voice     voice accuracy on the quotes matched at the loose threshold whose gold role is given
 * @param voiceOfRightSpeaker voice accuracy on those of {@code voice}'s quotes whose speaker is right: the voice
 *                  decision apart from the errors a wrong speaker brings
 * @param wrongSpeakers the wrong speakers of {@code speaker} by kind of mistake
 * @param voices    gold role to predicted voice to count, on the quotes {@code voice} scores
 */
public record QuoteScores(int documents, int gold, int predicted, Prf loose, Prf strict, Ratio speaker, Ratio voice,
                          Ratio voiceOfRightSpeaker, SpeakerErrors wrongSpeakers, Confusion voices) {

    /** No article. */
    public static final QuoteScores EMPTY = new QuoteScores(0, 0, 0, Prf.ZERO, Prf.ZERO, Ratio.ZERO, Ratio.ZERO,
            Ratio.ZERO, SpeakerErrors.NONE, Confusion.EMPTY);

    /** The scores of both sets of articles together. */
    public QuoteScores plus(QuoteScores o) {
        return new QuoteScores(documents + o.documents, gold + o.gold, predicted + o.predicted, loose.plus(o.loose),
                strict.plus(o.strict), speaker.plus(o.speaker), voice.plus(o.voice),
                voiceOfRightSpeaker.plus(o.voiceOfRightSpeaker),
                wrongSpeakers.plus(o.wrongSpeakers), voices.plus(o.voices));
    }
}
