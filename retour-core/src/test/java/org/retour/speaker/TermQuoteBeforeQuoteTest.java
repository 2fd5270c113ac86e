package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote that opens its sentence right after a sentence holding a term in quotes is introduced by that
 * sentence's cues, not by the paragraph's first subject.
 */
class TermQuoteBeforeQuoteTest {

    @Test
    void theOneWhoNamedTheTermSpeaksNext() {
        List<Quote> q = top("LILLE - Mehdi Rouabah, 28 ans, comparaît depuis lundi.\n\n"
                + "La présidente, Dominique Roussel, revient sur ses missions. Il raconte qu'un chef voulait l'envoyer"
                + " pour ce qu'il appelle « le dernier trajet ». « Je me suis caché chez un ami. »", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Mehdi Rouabah");
    }
}
