package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote with no cue goes to the subject of a short sentence of gesture right before it, and a quote that
 * opens an article goes to the person the next sentence introduces.
 */
class NeighbourSentenceSpeakerTest {

    @Test
    void aShortGestureBeforeTheQuoteNamesItsSpeakerRatherThanTheParagraphsTopic() {
        List<Quote> q = top("Le prévenu, Karim Benali, 30 ans, répond d'une voix basse. « Je voulais partir », dit-il.\n\n"
                + "La présidente Anne Morel l'interroge sur les exécutions publiques. Il hésite. « J'en ai vu. Je ne vais"
                + " pas vous mentir. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Benali");
    }

    @Test
    void anOpeningQuoteGoesToThePersonTheNextSentenceIntroduces() {
        List<Quote> q = top("« Là-bas, on nous traitait comme des chiens. » Assis à la terrasse d'un café de Sfax,"
                + " Karim, 29 ans, jette des regards inquiets vers la rue.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim");
    }

    @Test
    void anOpeningQuoteFollowedByNoPersonStaysUnattributed() {
        List<Quote> q = top("« Là-bas, on nous traitait comme des chiens. » La phrase revient souvent dans les"
                + " dossiers du tribunal.", "fr");
        assertThat(speaker(q.get(0))).isNull();
    }
}
