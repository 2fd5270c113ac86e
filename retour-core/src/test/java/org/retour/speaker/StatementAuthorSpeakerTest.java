package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * "The statement said" gives the quote to the organisation that spoke in that statement, not to the last person
 * who spoke nor to an organisation named inside the quote; US federal bodies are organisations the text names.
 */
class StatementAuthorSpeakerTest {

    @Test
    void theStatementSaidIsItsAuthorsWords() {
        List<Quote> q = top("WASHINGTON — A defense official, who asked not to be named, said the camps were full."
                + " \"We see the numbers grow every week,\" the official said.\n\n"
                + "The Pentagon said in a statement that it had flown 300 Iraqis home. \"Every return leaves fewer"
                + " recruits for ISIS to exploit,\" the statement said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Pentagon");
    }

    @Test
    void aStateDepartmentStatementIsTheDepartments() {
        List<Quote> q = top("WASHINGTON — Lawmakers pressed officials on the camps on Tuesday.\n\n"
                + "The Department of State said in a statement that it was working with partners. \"We remain committed"
                + " to bringing Americans home,\" the statement said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("State Department");
    }
}
