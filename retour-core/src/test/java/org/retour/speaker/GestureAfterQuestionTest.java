package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A short sentence of gesture right after a question in marks gives the answer its speaker. */
class GestureAfterQuestionTest {

    @Test
    void theAccusedWhoHesitatesAfterTheJudgesQuestionAnswersIt() {
        List<Quote> q = top("Dans le box, Karim Benali, 33 ans, rentré de Syrie en 2018, est interrogé.\n\n"
                + "Le président, Laurent Maréchal, l'interroge sur son départ. « Vous étiez dégoûté par la violence,"
                + " c'est bien cela ? » L'accusé hésite. « Pas seulement. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Benali");
    }

    @Test
    void aNamedPersonWhoShrugsAfterAQuestionAnswersIt() {
        List<Quote> q = top("Arif Rahimi, 31, spent two years in Raqqa. The interviewer, Jane Cole, pressed him."
                + " \"Did you miss your family?\" Arif Rahimi shrugs. \"Not then.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Arif Rahimi");
    }
}
