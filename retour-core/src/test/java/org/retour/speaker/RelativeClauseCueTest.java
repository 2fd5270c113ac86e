package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A verb of speech in a relative clause ("…, qui aurait dit : « … »") gives the quote to the clause's antecedent. */
class RelativeClauseCueTest {

    @Test
    void aWomanCitedByTheProsecutorWhoToldInvestigatorsIsNotTheProsecutor() {
        List<Quote> q = top("Le procureur Julien Marchal cite l'une d'elles, qui aurait dit aux enquêteurs à son arrivée :"
                + " « Je préfère la prison en France à une tente dans le camp. »", "fr");
        assertThat(q).hasSize(1);
        Quote quote = q.get(0);
        assertThat(speaker(quote) == null || speaker(quote).name() == null).as("speaker of " + quote.text()).isTrue();
    }

    @Test
    void aNamedAntecedentOfTheRelativeClauseSpeaks() {
        List<Quote> q = top("Le juge a ensuite interrogé Samir Haddad, qui a répondu : « Je voulais seulement rentrer. »",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samir Haddad");
    }
}
