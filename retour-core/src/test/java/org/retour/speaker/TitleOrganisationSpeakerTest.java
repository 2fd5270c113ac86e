package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An office written like a body with its acronym right before the name of the person who holds it ("District
 * Police Officer (DPO) Lakki Farhan Aziz Marwat told reporters") is that person's title: "the DPO said" gives the
 * words to the person, not to an organisation.
 */
class TitleOrganisationSpeakerTest {

    @Test
    void theAcronymOfAnOfficeBeforeANameStandsForItsHolder() {
        List<Quote> q = top("District Police Officer (DPO) Lakki Farhan Aziz Marwat told a press conference that four men"
                + " had surrendered.\n\n"
                + "\"These boys were misled by people across the border,\" the DPO said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Farhan Aziz Marwat");
    }
}
