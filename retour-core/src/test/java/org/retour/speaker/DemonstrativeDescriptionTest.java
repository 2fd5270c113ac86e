package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description a demonstrative opens (« ce quinquagénaire », « cette mère de famille ») takes up the person its
 * paragraph is about, even an unnamed one, not a person of the same age or role named in an earlier paragraph.
 */
class DemonstrativeDescriptionTest {

    @Test
    void theDemonstrativeTakesUpTheParagraphsUnnamedSubject() {
        List<Quote> q = top("Le premier accusé, Karim Haddou, a reconnu deux ans passés à Raqqa. « J'ai vu des exécutions »,"
                + " a-t-il déclaré.\n\nLe deuxième, un ancien boulanger de Tlemcen, a été plus bref. « Je faisais du pain,"
                + " rien d'autre », a assuré ce quinquagénaire.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddou");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("un ancien boulanger");
    }

    @Test
    void theDemonstrativeTakesUpTheParagraphsNamedSubject() {
        List<Quote> q = top("Le premier accusé, Karim Haddou, a reconnu deux ans passés à Raqqa. « J'ai vu des exécutions »,"
                + " a-t-il déclaré.\n\nSon voisin de box, Ali Benyamina, a été plus bref. « Je faisais du pain,"
                + " rien d'autre », a assuré ce quinquagénaire.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ali Benyamina");
    }
}
