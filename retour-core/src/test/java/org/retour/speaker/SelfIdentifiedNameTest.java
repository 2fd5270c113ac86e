package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A name that a person gives of himself ("who identified himself only as Musa", "who introduced herself as Zara")
 * or that a court allows ("known in court only as Tariq") names the person described before it.
 */
class SelfIdentifiedNameTest {

    @Test
    void aManWhoIdentifiedHimselfOnlyByANameIsThatName() {
        List<Quote> q = top("A 30-year-old trader from Gulu, who identified himself only as Okello, said he had left"
                + " the camp in May. \"The rations stopped and nobody cared,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Okello");
    }

    @Test
    void aWomanWhoIntroducedHerselfAsANameIsThatName() {
        List<Quote> q = top("A young mother, who introduced herself as Zara, said the guards had gone. \"We walked"
                + " for two nights,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Zara");
    }
}
