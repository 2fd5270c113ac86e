package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * « s'est interrompue » in a sentence of its own after words says that its subject stopped, not that she spoke
 * them: the message a lawyer reads stays its author's; in an incise it still reports the words.
 */
class StoppingAfterQuoteTest {

    @Test
    void aLawyerWhoStopsAfterReadingAMessageDidNotWriteIt() {
        List<Quote> q = top("À la sortie, Me Laure Ginsberg, avocate de plusieurs familles, a salué le rapatriement. Elle a lu"
                + " à la presse le message vocal qu'une de ses clientes, restée à Roj, lui a adressé la veille : « Maître,"
                + " dites-leur qu'on est encore là. » L'avocate s'est interrompue.", "fr");
        assertThat(speaker(q.get(0)) == null || speaker(q.get(0)).name() == null).isTrue();
    }

    @Test
    void theParticipleInAnInciseStillReportsTheWords() {
        List<Quote> q = top("La présidente, Marie Duval, écoute. « Vous étiez là-bas en 2016 », s'est-elle interrompue.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marie Duval");
    }
}
