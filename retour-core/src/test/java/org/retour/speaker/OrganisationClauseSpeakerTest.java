package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;

/**
 * An organisation speaks through its verb past a relative clause or an appositive description set off by commas
 * ("Amnesty International, which has visited the camps, said"), unless a person stands in that clause.
 */
class OrganisationClauseSpeakerTest {

    @Test
    void aRelativeClauseBetweenTheOrganisationAndItsVerbKeepsItTheSpeaker() {
        List<Quote> q = top("Ministers met on Tuesday to discuss the camps.\n\nAmnesty International, which has visited"
                + " the camps twice this year, said in a statement that \"the children cannot wait any longer.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amnesty International");
    }

    @Test
    void anAppositiveDescriptionBetweenTheOrganisationAndItsVerbKeepsItTheSpeaker() {
        List<Quote> q = top("Ministers met on Tuesday to discuss the camps.\n\nAmnesty International, the London-based"
                + " rights group, said the plan was \"too little, too late.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amnesty International");
    }

    @Test
    void aPersonInTheClauseLeavesTheOrganisationOut() {
        List<Quote> q = top("Ministers met on Tuesday to discuss the camps.\n\nAmnesty International, whose director"
                + " Helen Marsh visited the camps, said in a statement that \"the children cannot wait any longer.\"", "en");
        assertThat(q.get(0).attribution() instanceof Attribution.Cued c
                && "Amnesty International".equals(c.speaker().name())).isFalse();
    }
}
