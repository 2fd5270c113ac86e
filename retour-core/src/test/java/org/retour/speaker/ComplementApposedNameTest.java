package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description whose complement a preposition opens takes the name apposed after that complement ("Le
 * coordonnateur du programme, Hamidou Zongo", "The coordinator of the charity, Bamidele Shafa").
 */
class ComplementApposedNameTest {

    @Test
    void theCoordinatorOfTheProgrammeIsTheNameApposedAfterTheComplement() {
        List<Quote> q = top("The coordinator of the programme, Major General Bamidele Shafa, said the graduates would"
                + " go home. Asked about claims of killings, he said he \"could not confirm individual stories\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Bamidele Shafa");
    }

    @Test
    void theCoordinatorWithoutAComplementStaysTheDescriptionWhenNoNameFollows() {
        List<Quote> q = top("The coordinator of the programme said the graduates would go home. Asked about claims of"
                + " killings, he said he \"could not confirm individual stories\".", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
    }
}
