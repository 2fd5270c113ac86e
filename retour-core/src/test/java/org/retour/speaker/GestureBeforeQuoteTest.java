package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote after a short sentence of gesture is that sentence's subject's, even when the next sentence opens
 * with another person's verb of speech; a pronoun cue goes to the person named at the head of the sentence
 * just before, not to a speaker of an earlier paragraph.
 */
class GestureBeforeQuoteTest {

    @Test
    void lAccuseBaisseLesYeuxPuisLaMagistrateInsiste() {
        List<Quote> q = top("La présidente, Anne Roussel, interroge Ilyes Benali. « Pourquoi la Syrie ? » demande-t-elle."
                + " L'accusé baisse les yeux. « Parce que je voulais être quelqu'un. » La magistrate insiste sur la"
                + " prison de Tabqa.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Anne Roussel");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ilyes Benali");
    }

    @Test
    void derGeradeGenannteSprichtNichtDerLetzteSprecher() {
        List<Quote> q = top("Der junge Mann zuckt mit den Schultern. „Das hat mich nicht zum Gehen gebracht.“\n\n"
                + "Seit seiner Entlassung trifft er sich mit einem Berater. Murat Aydın leitet dort die Arbeit mit"
                + " Rückkehrern. „Die meisten kommen mit einer Enttäuschung“, sagt er.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Murat Aydın");
    }
}
