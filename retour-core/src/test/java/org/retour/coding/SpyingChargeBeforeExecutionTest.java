package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A spying charge told as the pretext of an execution (« l'exécution de deux jeunes hommes accusés d'espionnage »,
 * "a boy accused of spying was executed") is the atrocity, not the group's obsession with spies (N3); spies seen
 * everywhere with no execution beside them still are.
 */
class SpyingChargeBeforeExecutionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; J'ai assisté à l'exécution de deux jeunes hommes accusés d'espionnage.; "
                    + "Ils voyaient des espions partout, même parmi nous.",
            "en; They executed a boy accused of spying in the square.; They saw spies everywhere, even among us."})
    void aSpyingChargeBesideAnExecutionIsNoObsessionWithSpies(String lang, String execution, String obsession) {
        assertThat(codes(execution, lang)).doesNotContain("N3");
        assertThat(codes(obsession, lang)).contains("N3");
    }
}
