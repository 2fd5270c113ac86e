package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description with a place complement (« l'élue de la Drôme ») stands for the person named before it whose
 * brackets hold that place (« Élise Fournier (MoDem, Drôme) »), not for another named since.
 */
class PlacedHolderTest {

    @Test
    void aDescriptionWithTheConstituencyOfABracketedNameIsThatPerson() {
        String text = "Jeudi, les sénatrices Élise Fournier (MoDem, Drôme) et Agnès Vidal-Roche (PS, Gironde) ont rendu "
                + "leur rapport sur les mineurs rapatriés.\n\n"
                + "Agnès Vidal-Roche a insisté sur le suivi scolaire des enfants.\n\n"
                + "Élise Fournier, elle, s'est montrée plus réservée. « Ces enfants ont besoin de temps, pas de slogans », "
                + "estime l'élue de la Drôme.";
        List<Quote> q = top(text, "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Élise Fournier");
    }
}
