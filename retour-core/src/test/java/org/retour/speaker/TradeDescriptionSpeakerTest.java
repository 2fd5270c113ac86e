package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A definite description by trade ("l'ancien livreur", "the former medic") speaks for the person named before it. */
class TradeDescriptionSpeakerTest {

    @Test
    void aFormerDeliveryManIsTheReturneeNamedBefore() {
        List<Quote> q = top("Yacine Haddad, ancien livreur à Lunel, a rejoint Daech en 2014.\n\n"
                + "« J'ai compris que j'étais de la chair à canon », poursuit l'ancien livreur.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yacine Haddad");
    }

    @Test
    void aFormerMedicIsTheReturneeNamedBefore() {
        List<Quote> q = top("Omar Siddiqui worked in a field hospital in Raqqa for two years.\n\n"
                + "\"We ran out of everything but bandages,\" the former medic said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Siddiqui");
    }
}
