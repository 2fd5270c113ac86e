package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun of the other gender than the description that opens the sentence before ("L'avocate générale,
 * X, l'interroge. Il confirme …") is not that person, even when their given name gives no gender.
 */
class DescribedAskerPronounGenderTest {

    @Test
    void heWhoConfirmsIsNotTheProsecutorWhoAsked() {
        List<Quote> q = top("LILLE - Mehdi Rouabah, 28 ans, comparaît depuis lundi.\n\n"
                + "L'avocate générale, Dominique Roussel, l'interroge sur ses missions. Il confirme qu'un chef est venu"
                + " deux fois le voir. « La deuxième fois, il ne m'a rien demandé. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi Rouabah");
    }
}
