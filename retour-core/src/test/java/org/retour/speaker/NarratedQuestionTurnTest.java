package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A question the narration puts is followed by the answer of the one asked, even when both share a pronoun. */
class NarratedQuestionTurnTest {

    @Test
    void theGestureAfterANarratedQuestionIsTheOneAskedsNotTheAskers() {
        List<Quote> q = top("Nadia Berrada, 34 ans, comparaissait lundi à Lyon. « J'avais peur », dit-elle.\n\n"
                + "La juge, Claire Fontaine, insiste : pourquoi ne pas être revenue plus tôt ? Elle baisse les yeux. "
                + "« Je n'avais pas de passeport. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nadia Berrada");
    }

    @Test
    void aCueBeforeAQuoteInItsOwnSentenceStillIntroducesIt() {
        List<Quote> q = top("Nadia Berrada, 34 ans, comparaissait lundi à Lyon. « J'avais peur », dit-elle.\n\n"
                + "La juge, Claire Fontaine, insiste longuement. « Vous aviez un passeport ? »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Claire Fontaine");
    }
}
