package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Codebook 21's N8 (suicide missions) cues for the list of those sent to die: a name put or read out on an emir's
 * list, being signed up, being told one came to die, an operation no one comes back from.
 */
class MissionListTest {

    @Test
    void aNameOnTheEmirsListIsASuicideMission() {
        assertThat(RuleCodes.codes("One morning my name was on the list.", "en")).contains("N8");
        assertThat(RuleCodes.codes("Everyone feared the emir's list.", "en")).contains("N8");
        assertThat(RuleCodes.codes("I made a list of things to buy at the market.", "en")).doesNotContain("N8");
        assertThat(RuleCodes.codes("Un soir, l'émir est arrivé avec sa liste.", "fr")).contains("N8");
        assertThat(RuleCodes.codes("J'ai fait une liste de courses pour le marché.", "fr")).doesNotContain("N8");
    }

    @Test
    void beingSignedUpOrToldOneCameToDieIsASuicideMission() {
        assertThat(RuleCodes.codes("Je n'étais pas volontaire. On m'a inscrit.", "fr")).contains("N8");
        assertThat(RuleCodes.codes("Vous êtes venus pour mourir, nous disait l'émir.", "fr")).contains("N8");
        assertThat(RuleCodes.codes("Ils parlaient d'une opération où on ne revient pas.", "fr")).contains("N8");
        assertThat(RuleCodes.codes("Nous sommes venus pour aider les Syriens.", "fr")).doesNotContain("N8");
    }
}
