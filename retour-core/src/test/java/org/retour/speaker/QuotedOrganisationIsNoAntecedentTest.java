package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** An organisation named inside a quote is no subject a pronoun cue after the quote takes up. */
class QuotedOrganisationIsNoAntecedentTest {

    @Test
    void theWomanWhoSpeaksKeepsTheFloorOverTheServiceSheNames() {
        List<Quote> q = top("Sarah, 29 ans, est rentrée en 2019. Ce qu'elle a le plus de mal à pardonner, dit-elle, c'est"
                + " le mépris. «Les chefs avaient des voitures. Nous, la DGSI nous a interrogées pendant des jours.» Les"
                + " Européennes, ajoute-t-elle, étaient tenues à l'écart : les épouses irakiennes «passaient toujours avant"
                + " nous».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sarah");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sarah");
    }
}
