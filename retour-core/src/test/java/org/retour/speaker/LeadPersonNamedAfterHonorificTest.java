package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A lead's unnamed person is the one the next paragraph names first, behind an honorific ("Mr.", "Dr"). */
class LeadPersonNamedAfterHonorificTest {

    @Test
    void nameBehindMisterIsTheLeadsMan() {
        List<Quote> q = top("MUMBAI: A 31-year-old man from Pune who came back from Iraq told a court on Monday that"
                + " he had only kept the accounts. \"I counted money, nothing else,\" he said.\n\n"
                + "Mr. Rohan Mehta added that he had asked to leave twice.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rohan Mehta");
    }
}
