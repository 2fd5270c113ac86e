package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** Canada's foreign ministry, Global Affairs Canada, is a state body that speaks as one: an organisation's voice. */
class ForeignMinistryCanadaTest {

    @Test
    void globalAffairsCanadaSpeaksAsAnOrganisation() {
        List<Quote> q = top("OTTAWA - A Canadian man held in Syria asked to come home.\n\n"
                + "In an emailed statement, Global Affairs Canada said it was \"aware of the detained citizens\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Global Affairs Canada");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }
}
