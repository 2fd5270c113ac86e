package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Two persons introduced one after the other (« L'un, X, 52 ans, … L'autre a 31 ans ») with only the first named: a
 * later description of an age, a sex or a former member that fits the first one neither by its noun nor by its decade
 * stands for the unnamed second.
 */
class PairOtherDescriptionTest {

    private static final String PAIR = "Deux hommes attendent dans le couloir du centre social de Roubaix. L'un, Patrick"
            + " Lemaire, 52 ans, est animateur du quartier. L'autre a 31 ans, il est rentré d'Irak en 2019 après deux ans"
            + " de prison.\n\n";

    @Test
    void theThirtyYearOldIsTheUnnamedSecondNotTheFiftyYearOldNamedFirst() {
        List<Quote> q = top(PAIR + "Le trentenaire, lui, regarde par la fenêtre. « Je voulais juste un travail »,"
                + " dit-il.", "fr");
        assertThat(speaker(q.get(0)).entity()).isNull();
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Patrick Lemaire");
    }

    @Test
    void theYoungManIsTheUnnamedSecond() {
        List<Quote> q = top(PAIR + "Le jeune homme hoche la tête, puis ajoute : « Là-bas, personne ne m'attendait. »",
                "fr");
        assertThat(speaker(q.get(0)).entity()).isNull();
    }

    @Test
    void theNounOfTheFirstOnesSentenceStillTakesHimUp() {
        List<Quote> q = top(PAIR + "« Il vient ici tous les mardis », raconte l'animateur.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Patrick Lemaire");
    }
}
