package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A verb of asking inside a quote's marks puts no question: the pronoun of the next cue keeps its speaker. */
class AskingVerbInsideQuoteTest {

    @Test
    void leVerbeDeDemandeCiteNeFaitPasRepondreLaPersonneDAvant() {
        List<Quote> q = top("Sa sœur, Amélie Roux, se tait.\n"
                + "Son avocate, Me Chloé Perrin, estime que son client « a respecté tout ce qu'on lui a demandé »."
                + " « Il travaille, il pointe, il se tait », dit-elle.", "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Chloé Perrin");
    }

    @Test
    void uneMarqueOuverteAvantLaPositionLaPlaceDansLaCitation() {
        String text = "Il dit « on lui a demandé » puis demande.";
        assertThat(QuoteOffsets.insideMarks(text, 0, text.indexOf("demandé »"))).isTrue();
        assertThat(QuoteOffsets.insideMarks(text, 0, text.lastIndexOf("demande"))).isFalse();
    }
}
