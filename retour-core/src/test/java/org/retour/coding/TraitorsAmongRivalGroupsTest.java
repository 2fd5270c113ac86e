package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.api.Test;

/**
 * Traitors or apostates named in a sentence about the rebel groups the group fights ("We were told the Free Syrian
 * Army were apostates, that Jabhat al-Nusra were traitors") are its label for rivals (N1), not the punishment of
 * those who leave (N7), unless leaving or fleeing is named there.
 */
class TraitorsAmongRivalGroupsTest {

    @Test
    void traitorsAmongRivalGroupsAreNoDesertersPunished() {
        assertThat(codes("We were told the Free Syrian Army were apostates, that Jabhat al-Nusra were traitors.", "en"))
                .contains("N1").doesNotContain("N7");
        assertThat(codes("Those who tried to leave were called traitors and apostates.", "en")).contains("N7");
    }
}
