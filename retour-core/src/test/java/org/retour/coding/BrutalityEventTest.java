package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Codebook 21's N2 (brutality) cues for violence told as an event: a neighbour beaten, villagers killed with
 * machetes, someone strung up in a square, an old man or traders killed for a trifle or before the market.
 */
class BrutalityEventTest {

    @Test
    void violenceAgainstNeighboursAndVillagersToldAsAnEventIsBrutality() {
        assertThat(RuleCodes.codes("The hisba beat a neighbour with a stick.", "en")).contains("N2");
        assertThat(RuleCodes.codes("He saw farmers killed with machetes on the road.", "en")).contains("N2");
        assertThat(RuleCodes.codes("They left a boy strung up in the square for two days.", "en")).contains("N2");
        assertThat(RuleCodes.codes("We beat the other team at football.", "en")).doesNotContain("N2");
        assertThat(RuleCodes.codes("We cut the grass with machetes.", "en")).doesNotContain("N2");
    }

    @Test
    void oldMenAndTradersKilledToldAsAnEventIsBrutality() {
        assertThat(RuleCodes.codes("Ils ont tué un vieux parce qu'il fumait.", "fr")).contains("N2");
        assertThat(RuleCodes.codes("J'ai vu l'exécution de deux commerçants.", "fr")).contains("N2");
        assertThat(RuleCodes.codes("Ils les ont tués devant le marché.", "fr")).contains("N2");
        assertThat(RuleCodes.codes("Un vieux commerçant vendait du thé devant le marché.", "fr")).doesNotContain("N2");
    }
}
