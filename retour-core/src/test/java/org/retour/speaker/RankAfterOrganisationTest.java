package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A commander's rank ends the name of the force written before it in one run of capitals ("Tanga Regional Police
 * Commander Juma Mrisho"): the force is an organisation, the rest a person, whom "the police commander" later names.
 */
class RankAfterOrganisationTest {

    @Test
    void theCommanderAfterTheForceIsAPerson() {
        List<Quote> q = top("Tanga Regional Police Commander Juma Mrisho told the Daily News on Tuesday that 11 young men"
                + " had surrendered.\n\nMr Mrisho attributed the returns to the fighting. \"The terrorists are losing"
                + " ground,\" the police commander said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Juma Mrisho");
    }

    @Test
    void aCommanderWithNoNameAfterIsNoPerson() {
        List<Quote> q = top("\"The terrorists are losing ground,\" said the Regional Police Commander.", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
    }
}
