package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description with a party's or an elected office's word ("the Democratic Senate candidate", "the
 * Republican") takes up a politician named before it: the one whose role shares its party, else the latest one.
 */
class PartyEpithetSpeakerTest {

    @Test
    void aCandidateEpithetTakesUpTheNameOfTheLede() {
        List<Quote> q = top("Karen Whitby has a story she tells at every stop.\n\n“We will bring them home to face a jury,”"
                + " the Democratic Senate candidate told supporters in Tucson on Monday.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karen Whitby");
    }

    @Test
    void thePartyWordChoosesTheMemberOfThatParty() {
        List<Quote> q = top("Rep. Alan Pruitt, an Ohio Republican, spoke first. Rep. Maria Solis, a Texas Democrat, spoke"
                + " last.\n\n“Not one of them should set foot here,” the Republican said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Alan Pruitt");
    }
}
