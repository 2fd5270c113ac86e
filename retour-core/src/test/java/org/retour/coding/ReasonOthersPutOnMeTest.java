package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reason others give for one's leaving (« On m'a souvent dit que j'étais parti parce qu'on reculait », "Everybody
 * says we left because we were losing", „Viele sagen, Rückkehrer wie Sie seien nur gegangen, weil…“) is theirs to be
 * answered, not the speaker's; the same reason in his own words still counts.
 */
class ReasonOthersPutOnMeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; On m'a souvent dit que j'étais parti parce qu'on reculait.; Je suis parti parce qu'on reculait.",
            "en; Everybody says we left because we were losing.; We left because we were losing.",
            "de; Viele sagen, Rückkehrer wie Sie seien nur gegangen, weil der IS verloren hat.; "
                    + "Wir sind gegangen, weil der IS verloren hat."})
    void aReasonOthersPutOnTheSpeakerIsNotCounted(String lang, String claimed, String own) {
        assertThat(codes(claimed, lang)).doesNotContain("N6");
        assertThat(codes(own, lang)).contains("N6");
    }
}
