package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun that opens the sentence after a quote carries on the one who said the quote: a pronoun or a person
 * inside the quoted words is no subject of the narration.
 */
class QuotedSentenceSubjectTest {

    @Test
    void frenchLawyerGoesOnAfterHerOwnWords() {
        List<Quote> q = top("Sa mère, Yasmina Haddad, venue de Lyon, a témoigné le matin. « Je veux qu’il rentre »,"
                + " a confié la quinquagénaire.\n\nSon avocate, Me Claire Dumas, a rappelé que son client s’était"
                + " présenté seul à l’ambassade. « Personne ne l’a aidé. Il a traversé la frontière à pied »,"
                + " a-t-elle plaidé. Elle a ajouté : « Il n’a jamais nié être parti. »", "fr");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Claire Dumas");
    }

    @Test
    void englishLawyerGoesOnAfterHerOwnWords() {
        List<Quote> q = top("His mother, Fatima Haddad, who came from Leeds, spoke in the morning. “I want him home,”"
                + " the 52-year-old said.\n\nHis lawyer, Claire Dunn, said her client had walked into the embassy"
                + " alone. “Nobody helped him. He crossed the border on foot,” she said. She added: “He never denied"
                + " leaving.”", "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Claire Dunn");
    }

    @Test
    void germanLawyerGoesOnAfterHerOwnWords() {
        List<Quote> q = top("Seine Mutter, Fatma Yilmaz, die aus Köln kam, sagte am Morgen aus. „Ich will, dass er"
                + " heimkommt“, sagte die 52-Jährige.\n\nSeine Anwältin, Claudia Brandt, erinnerte daran, dass ihr"
                + " Mandant allein zur Botschaft ging. „Niemand hat ihm geholfen. Er ging zu Fuß über die Grenze“,"
                + " sagte sie. Sie fügte hinzu: „Er hat nie bestritten, ausgereist zu sein.“", "de");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Claudia Brandt");
    }
}
