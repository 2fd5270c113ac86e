package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * « le prévenu », « l'accusé » name the defendant, though « prévenu » and « accusé » are also verbs of speech;
 * a cue after a quote that opens the next one with a colon speaks for that one; « Pour lui, » is a source.
 */
class DefendantNounCueTest {

    @Test
    void theDefendantsNounAfterItsArticleIsNoCue() {
        List<Quote> q = top("Le procureur, Pierre Martin, a requis dix ans. Selon lui, le prévenu « n'a jamais rompu ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Pierre Martin");
        List<Quote> accused = top("Le procureur, Pierre Martin, a requis dix ans. Selon lui, l'accusé « n'a jamais rompu ».",
                "fr");
        assertThat(speaker(accused.get(0)).name()).isEqualTo("Pierre Martin");
    }

    @Test
    void aVerbOfSpeechStillCountsAfterItsSubject() {
        List<Quote> q = top("« Je regrette », a déclaré le prévenu.", "fr");
        assertThat(speaker(q.get(0)).description()).isEqualTo("le prévenu");
    }

    @Test
    void aNamedCueOpeningTheNextQuoteWithAColonIsNotTheQuestionsSpeaker() {
        List<Quote> q = top("Le président, Laurent Fabre, l'interroge sur son arrivée. « Qui vous accueille à la frontière ? »"
                + " L'accusé répond d'une voix basse : « Un Tunisien. Il prenait les passeports. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Laurent Fabre");
        assertThat(speaker(q.get(1)).description()).isEqualTo("L'accusé");
    }

    @Test
    void pourAndAPronounThenACommaIsASource() {
        List<Quote> q = top("L'avocat général, Pierre-Yves Garnier, ne s'est pas laissé émouvoir. Pour lui, l'accusé a été"
                + " « un rouage conscient d'un système de terreur ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Pierre-Yves Garnier");
    }
}
