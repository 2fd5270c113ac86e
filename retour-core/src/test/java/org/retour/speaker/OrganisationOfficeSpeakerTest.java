package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** An organisation's office that speaks after its possessive ("the FBI's Denver field office said") speaks for it. */
class OrganisationOfficeSpeakerTest {

    @Test
    void theOfficeAfterTheOrganisationsPossessiveSpeaksForIt() {
        List<Quote> q = top("DENVER - A man who fought for the Islamic State was freed on Monday.\n\n"
                + "In a statement, the FBI's Denver field office said it \"continues to watch all released prisoners.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Federal Bureau of Investigation");
    }

    @Test
    void aPersonBetweenThePossessiveAndTheVerbKeepsTheWords() {
        List<Quote> q = top("DENVER - A man who fought for the Islamic State was freed on Monday.\n\n"
                + "The FBI's agent John Miller said the man was \"no longer a threat.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("John Miller");
    }
}
