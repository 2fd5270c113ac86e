package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * "Mzee", the Swahili title of respect for an elder that East African English papers write before a man's name as
 * they write "Alhaji" or "Sheikh", is no part of the name: "Mzee Hassani Kombo" … "Mzee Kombo said" is Hassani Kombo.
 */
class EldersTitleTest {

    @Test
    void theEldersTitleIsNoGivenName() {
        List<Quote> q = top("Mzee Hassani Kombo, whose son returned in November, spoke to us at home. \"My son was lost,"
                + " but it was not his idea alone,\" Mzee Kombo said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hassani Kombo");
    }

    @Test
    void aNameWithoutTheTitleStaysWhole() {
        List<Quote> q = top("Hassani Kombo, whose son returned in November, spoke to us at home. \"My son was lost,"
                + " but it was not his idea alone,\" Hassani Kombo said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hassani Kombo");
    }
}
