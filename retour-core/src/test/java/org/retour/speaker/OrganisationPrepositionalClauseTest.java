package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A clause opened by "in" set off by commas between an organisation and its verb ("Amnesty International, in a
 * statement issued on Friday, said") leaves the organisation the speaker; a council of scholars ("Ulama") is one.
 */
class OrganisationPrepositionalClauseTest {

    @Test
    void theOrganisationBeforeAnInClauseSpeaks() {
        List<Quote> q = top("LONDON - A man who left the Islamic State came home this week.\n\n"
                + "Amnesty International, in a statement issued on Friday, said there was \"no reason to fear him\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amnesty International");
    }

    @Test
    void aCouncilOfScholarsIsAnOrganisationThatSpeaks() {
        List<Quote> q = top("COLOMBO - Two men who left the Islamic State came home this week.\n\n"
                + "The All Ceylon Jamiyyathul Ulama, in a statement issued last year, said the community had \"no place for"
                + " those who distort Islam\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("All Ceylon Jamiyyathul Ulama");
    }
}
