package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A description in apposition to a noun of the other gender ("her husband, a Dutch national") is not who "she" is. */
class ApposedDescriptionPronounTest {

    @Test
    void sheIsNotTheDescriptionApposedToHerHusband() {
        List<Quote> q = top("Here, we call her Aoife. She went to Syria in 2015 with her husband, a Dutch national, who was"
                + " killed in 2019.\n\n\"He told me it would be like moving abroad for work,\" she says.", "en");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).description()).isNull();
        assertThat(speaker(q.get(0)).name()).isEqualTo("Aoife");
    }

    @Test
    void heMayStillBeADescriptionApposedToAMan() {
        List<Quote> q = top("The court heard from her brother, a Dutch national, who travelled for the hearing."
                + " \"She wrote every week,\" he said.", "en");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isNull();
    }
}
