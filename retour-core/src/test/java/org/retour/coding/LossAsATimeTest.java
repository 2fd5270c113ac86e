package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The standard codebook's {@code dropped-in} words of N6 (losing): a loss named as a time the leaving came before,
 * or only when it came as others claim, is no view that the group was losing.
 */
class LossAsATimeTest {

    @Test
    void aLeavingLongBeforeTheFallIsNoLosingGround() {
        assertThat(RuleCodes.codes("Il voulait rentrer depuis longtemps, bien avant la chute de Raqqa.", "fr")).doesNotContain("N6");
        assertThat(RuleCodes.codes("Après la chute de Raqqa, tout le monde savait que c'était fini.", "fr")).contains("N6");
        assertThat(RuleCodes.codes("His mind was made up before the group began losing its towns.", "en")).doesNotContain("N6");
        assertThat(RuleCodes.codes("We were losing town after town.", "en")).contains("N6");
    }

    @Test
    void aClaimThatTheLeavingCameOnlyWithTheLossIsNoLosingGround() {
        assertThat(RuleCodes.codes("They say I only left because the group was losing.", "en")).doesNotContain("N6");
        assertThat(RuleCodes.codes("Il n'est parti que lorsque le groupe a commencé à perdre du terrain.", "fr")).doesNotContain("N6");
        assertThat(RuleCodes.codes("Le groupe a commencé à perdre du terrain et je suis parti.", "fr")).contains("N6");
    }
}
