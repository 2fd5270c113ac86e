package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A demonym that opens an organisation's name ("The Canadian Security Intelligence Service") describes no person. */
class DemonymInOrganisationNameTest {

    @Test
    void thePronounAfterANamedOfficerSkipsTheDemonymOfTheAgencyName() {
        List<Quote> q = top("The Canadian Border Services Agency (CBSA) said the review was continuing. \"Each case is"
                + " assessed,\" Assistant Commissioner Karen Hollis told reporters. She said the agency was running"
                + " \"a careful monitoring program\".", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karen Hollis");
    }

    @Test
    void aDemonymBeforeAGivenNameStillDescribesThePerson() {
        List<Quote> q = top("The Canadian Omar Haddad spent two years in Raqqa. \"I was a cook,\" the Canadian said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Haddad");
    }
}
