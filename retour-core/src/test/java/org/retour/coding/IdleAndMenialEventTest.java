package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Codebook 21's N4 (harsh life) cues for boredom, menial watch and carrying, crowding and scarcity told as events,
 * and promises of a house or a wage.
 */
class IdleAndMenialEventTest {

    @Test
    void watchingPipesAndCarryingSacksIsHarshLife() {
        assertThat(RuleCodes.codes("It was a boring year. I was watching pipes in the desert.", "en")).contains("N4");
        assertThat(RuleCodes.codes("J'ai passé l'hiver à surveiller un château d'eau.", "fr")).contains("N4");
        assertThat(RuleCodes.codes("On m'a fait porter des sacs de ciment tout l'été.", "fr")).contains("N4");
        assertThat(RuleCodes.codes("The plumber came to fix the pipes.", "en")).doesNotContain("N4");
    }

    @Test
    void crowdingScarcityAndBrokenPromisesAreHarshLife() {
        assertThat(RuleCodes.codes("On dormait à quinze dans une pièce et on mangeait du pain sec.", "fr")).contains("N4");
        assertThat(RuleCodes.codes("Ils nous promettaient une maison et un salaire.", "fr")).contains("N4");
        assertThat(RuleCodes.codes("Every month there was less food.", "en")).contains("N4");
        assertThat(RuleCodes.codes("Il m'a promis de venir samedi.", "fr")).doesNotContain("N4");
    }
}
