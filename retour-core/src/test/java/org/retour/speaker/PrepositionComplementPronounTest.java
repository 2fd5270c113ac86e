package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A subject pronoun with no speaker before it skips a name that is a preposition's complement. */
class PrepositionComplementPronounTest {

    @Test
    void placeShapedLikeANameAfterAIsNotTheSpeaker() {
        List<Quote> q = top("Il accepte de parler. Karim, qui vit chez ses parents à Ben Arous, a passé quatorze mois en"
                + " prison.\n\n« Là-bas, on nous promettait la dignité », raconte-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim");
    }

    @Test
    void sonNamedInAppositionAfterDeStillTakesThePronoun() {
        List<Quote> q = top("Sylvie Garnier tient la photo de son fils, Thomas, détenu en Syrie. Dans ses messages, il"
                + " écrit que « les émirs se sont enrichis ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Thomas Garnier");
    }
}
