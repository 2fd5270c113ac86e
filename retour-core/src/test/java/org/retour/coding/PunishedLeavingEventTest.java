package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Codebook 21's N7 (deserters punished) cues for events told as events: those who leave or speak of leaving and what
 * is done to them, someone held or locked up after being heard wanting to leave, a smuggler's client reported.
 */
class PunishedLeavingEventTest {

    @Test
    void whatIsDoneToThoseWhoLeaveOrSpeakOfLeavingIsPunishedDesertion() {
        assertThat(RuleCodes.codes("Ceux qui s'en allaient, on les retrouvait pendus à l'entrée du village.", "fr")).contains("N7");
        assertThat(RuleCodes.codes("Ceux qui parlaient de rentrer, on les mettait au cachot.", "fr")).contains("N7");
        assertThat(RuleCodes.codes("Ceux qui s'en allaient le vendredi rentraient le soir.", "fr")).doesNotContain("N7");
        assertThat(RuleCodes.codes("The guys who tried to run, nobody saw them again.", "en")).contains("N7");
        assertThat(RuleCodes.codes("The guys who ran the bakery were from Aleppo.", "en")).doesNotContain("N7");
    }

    @Test
    void beingHeldAfterBeingHeardWantingToLeaveIsPunishedDesertion() {
        assertThat(RuleCodes.codes("My cousin was locked up for two weeks after he was overheard talking about going home.", "en"))
                .contains("N7");
        assertThat(RuleCodes.codes("Il a été emprisonné un mois pour avoir parlé de partir.", "fr")).contains("N7");
        assertThat(RuleCodes.codes("He paid a smuggler and somebody reported him.", "en")).contains("N7");
        assertThat(RuleCodes.codes("He was locked up for a week after a fight over a car.", "en")).doesNotContain("N7");
    }
}
