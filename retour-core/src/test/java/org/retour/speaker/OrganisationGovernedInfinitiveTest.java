package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** An organisation that « s'est bornée à indiquer » or « s'est contentée de rappeler » speaks through the infinitive. */
class OrganisationGovernedInfinitiveTest {

    @Test
    void anOrganisationThatLimitedItselfToSayingSpeaksTheQuote() {
        List<Quote> q = top("Jonathan a 30 ans.\n\nLa Gendarmerie royale du Canada (GRC) s'est bornée à indiquer par courriel"
                + " qu'elle « ne commente pas les dossiers individuels ».", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void contentéeDeCountsAsWell() {
        List<Quote> q = top("Jonathan a 30 ans.\n\nLa Gendarmerie royale du Canada (GRC) s'est contentée d'indiquer qu'elle"
                + " « ne commente pas les dossiers individuels ».", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }
}
