package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * "The accused" is a description of the one a trial is about, as "the defendant" is: after a fronted participle
 * and its agent ("Questioned by his barrister, Peter Lang, the accused said"), the speaker is the person the lead
 * names, not the barrister named in the agent's phrase; the advocate depute who asks is an official with that role.
 */
class AccusedNounTest {

    private static final String LEAD = "Omar Haddad, 31, is on trial in Glasgow accused of joining Islamic State.\n\n";

    @Test
    void theAccusedAfterAnAgentsPhraseIsTheOneTheLeadNames() {
        List<Quote> q = top(LEAD + "Questioned by his barrister, Peter Lang, the accused said he had \"never held a"
                + " gun\" in Syria.\n", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Haddad");
    }

    @Test
    void theAdvocateDeputeWhoAsksIsNotTheAccused() {
        List<Quote> q = top(LEAD + "Asked by the advocate depute, Alan Gray, whether he had been afraid, the accused"
                + " said: \"Everyone was afraid.\"\n\nMr Gray said the accused had stayed \"until the very end\".\n", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Haddad");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Alan Gray");
        assertThat(speaker(q.get(1)).role()).isEqualTo("advocate depute");
    }

    @Test
    void accusedAsAParticipleHeadsNoDescription() {
        List<Quote> q = top("A man accused of fighting in Syria, Karim Diallo, told the court: \"I only cooked.\"\n",
                "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Diallo");
    }

    @Test
    void aDefendantCalledForTheProsecutionInALaterParagraphIsStillTheOneOnTrial() {
        List<Quote> q = top("A Cork man who spent two years with Islamic State told the court yesterday that he had"
                + " fled in 2017.\n\nLiam Byrne (30) has pleaded not guilty to membership of an unlawful"
                + " organisation.\n\nUnder cross-examination by Niall Ryan BL, for the prosecution, Mr Byrne said he had"
                + " been a cook.\n\nThe accused said he had seen men beaten. \"They beat them every night,\" he told"
                + " the court.\n", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Liam Byrne");
    }
}
