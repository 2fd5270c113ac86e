package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description alone between quotation marks is a nickname someone is given (« certains le surnomment « le Syrien » »):
 * a pronoun cue after it does not take it up as a new person; an unnamed person told of outside marks still is one.
 */
class NicknamePronounTest {

    @Test
    void aNicknameInMarksIsNotWhomThePronounCueTakesUp() {
        List<Quote> q = top("Mardi, Nabil T., 31 ans, domicilié à Tourcoing, était jugé par le tribunal correctionnel de Lille.\n\n"
                + "Le passé du Tourquennois pèse lourd. Parti en Syrie en 2015, il a rejoint le groupe avant de rentrer en"
                + " 2017. Depuis, il est suivi par une association, dont le dernier bilan le décrit « calme mais isolé ». Dans"
                + " sa cité, certains le surnomment « le Syrien », ce qu'il dit détester.\n\n"
                + "Interrogé par la présidente sur ces années, il tient à nuancer. « Là-bas, j'ai surtout monté la garde"
                + " devant un entrepôt », raconte-t-il.", "fr");
        Quote told = q.get(q.size() - 1);
        assertThat(speaker(told).name()).isEqualTo("Nabil T.");
        assertThat(speaker(told).description()).as("the nickname is not who speaks").isNull();
    }

    @Test
    void anUnnamedWitnessOutsideMarksStillTakesThePronoun() {
        List<Quote> q = top("La présidente, Anne Roussel, fait entrer le témoin suivant, un ancien compagnon de cellule.\n\n"
                + "Il est interrogé sur ces années. « Là-bas, j'ai surtout monté la garde », raconte-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).contains("compagnon");
    }
}
