package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An intertitle that ends with a preposition's complement (« Des Marocains contre des Marocains ») does not govern the
 * name that opens the next paragraph: that person is the paragraph's subject, whom the pronoun cue after takes up.
 */
class IntertitleBeforeNameTest {

    @Test
    void theNamedSubjectAfterAnIntertitleSpeaks() {
        List<Quote> q = top("Des détenus suivent des séances de formation. « On leur demande de se réconcilier avec"
                + " eux-mêmes », résume un responsable de la DGAPR.\n\nDes Marocains contre des Marocains\n\nHamza E., 32"
                + " ans, originaire de Fnideq, fait partie de la troisième promotion. Parti en Syrie en 2013, il a rejoint"
                + " l'État islamique. Il purge une peine de cinq ans.\n\n« Ce qui m'a cassé, c'est quand on a commencé à se"
                + " battre entre Marocains », explique-t-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Hamza E.");
    }
}
