package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A definite description that names its organisation is someone new unless the person named before works there. */
class OrganisationDescriptionTest {

    @Test
    void theMinistrysSpokesmanIsNotTheDirectorNamedBefore() {
        List<Quote> q = top("Dr. Karim Haddad, the clinic's director, told reporters that 300 men had been treated.\n\n"
                + "The Interior Ministry's spokesman said in a statement that returnees were \"held to account.\"", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).contains("spokesman");
    }
}
