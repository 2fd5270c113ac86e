package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A name whose given name is rarer is a person when a role noun follows it in apposition, closed compounds included. */
class CompoundRoleApposedNameTest {

    @Test
    void aCaseworkerInAppositionMakesTheRunBeforeItAPersonWhoseLaterPronounSpeaks() {
        List<Quote> q = top("Her mother died in an airstrike in Hajin.\n\n"
                + "Talia Brookfield, a caseworker at a legal charity, has followed the case since 2019. "
                + "\"Nobody has been brought home,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Talia Brookfield");
    }

    @Test
    void aTrusteeOrANegotiatorInAppositionDoesTheSame() {
        List<Quote> trustee = top("Orla Vickery, a trustee of the family group, spoke after the hearing. "
                + "\"We will keep writing,\" she said.", "en");
        assertThat(speaker(trustee.get(0)).name()).isEqualTo("Orla Vickery");
        List<Quote> negotiator = top("Thaddeus Merriweather, a negotiator who worked in the camps, was cautious. "
                + "\"It takes years,\" he said.", "en");
        assertThat(speaker(negotiator.get(0)).name()).isEqualTo("Thaddeus Merriweather");
    }
}
