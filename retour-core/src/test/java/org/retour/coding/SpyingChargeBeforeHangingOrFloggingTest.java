package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A spying charge told as the pretext of a beheading, a hanging, a public killing or a flogging, or a suspicion of
 * spying as that of an execution (« les corps des hommes accusés d'espionnage », "the beheading of two farmers
 * accused of spying", "executed on suspicion of spying"), is the atrocity (N2), not the group's obsession with spies
 * (N3), as an execution beside the charge already was.
 */
class SpyingChargeBeforeHangingOrFloggingTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "en; Others recounted the beheading of two farmers accused of spying.",
            "en; He described the public killing of two men accused of spying in a square in Tabqa.",
            "en; Several recounted fighters from their own units being executed on suspicion of spying.",
            "fr; Il se souvient des corps des hommes accusés d'espionnage pendus au rond-point.",
            "de; Er habe erlebt, wie Kämpfer ausgepeitscht und einer wegen angeblicher Spionage vor allen erschossen "
                    + "worden sei."})
    void aSpyingChargeBesideAnAtrocityIsNoObsessionWithSpies(String lang, String text) {
        assertThat(codes(text, lang)).contains("N2").doesNotContain("N3");
    }
}
