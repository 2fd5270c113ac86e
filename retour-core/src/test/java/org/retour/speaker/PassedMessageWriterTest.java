package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A quote that opens by asking to pass a message on to a parent (« Dis à maman que … ») is the writer's message,
 * not the words of the sister who received it; one addressed to a country (« Dites à la Belgique … ») stays its
 * speaker's own.
 */
class PassedMessageWriterTest {

    private static final String TEXT = "Le procès de Malik Roussel, 27 ans, s'est ouvert lundi à Lyon.\n\n"
            + "Sa sœur, Amandine Roussel, témoigne ensuite. Elle se souvient d'un message vocal reçu en 2016 : « Dis à"
            + " maman que je veux rentrer, mais ne le dis à personne. » Elle pleure.\n\n"
            + "Le frère d'Amandine, Yannick Roussel, a une demande : « Dites à la France que nous attendons. »\n";

    @Test
    void theMessageIsTheWritersNotTheReceiversAndACountryIsNoParent() {
        List<Quote> q = top(TEXT, "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Malik Roussel");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yannick Roussel");
    }
}
