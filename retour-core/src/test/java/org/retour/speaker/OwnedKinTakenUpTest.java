package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite kin noun that takes up a description of the same noun owned by a person before it ("Khan’s father, who …"
 * … "the father said", « Le père de Karim, qui … » … « raconte le père », „Der Vater von Deniz Aksoy …“ … „erzählt der
 * Vater“) is that person's kin, never that person.
 */
class OwnedKinTakenUpTest {

    @Test
    void theFatherAfterAPossessedFatherIsNotTheSon() {
        List<Quote> q = top("Abu Faisal came home from Syria in 2017. “I was used,” he said.\n\nAbu Faisal’s father, who "
                + "attends a weekly family session, said his son’s mother fell ill after he left. “She did not eat for "
                + "months,” the father said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("the father");
    }

    @Test
    void lePèreAprèsLePèreDeKarimNEstPasKarim() {
        List<Quote> q = top("Karim Benali est rentré de Syrie en 2018. « On m’a menti », dit-il.\n\nLe père de Karim, qui "
                + "vient à chaque audience, reste debout au fond de la salle. « Il dormait mal depuis des mois », raconte "
                + "le père.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("le père");
    }

    @Test
    void derVaterNachDemVaterVonDenizIstNichtDeniz() {
        List<Quote> q = top("Deniz Aksoy kam 2018 aus Syrien zurück. „Man hat mich benutzt“, sagt er.\n\nDer Vater von "
                + "Deniz Aksoy, der jede Woche zur Beratung kommt, steht hinten im Raum. „Er hat monatelang schlecht "
                + "geschlafen“, erzählt der Vater.", "de");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("der Vater");
    }
}
