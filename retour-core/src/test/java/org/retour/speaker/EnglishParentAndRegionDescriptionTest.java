package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description after a verb of speech that names a parent ("the mum-of-three said", "the dad said") or
 * the people of a region ("the Chechen told me", "the Kashmiri said") stands for the person named before it.
 */
class EnglishParentAndRegionDescriptionTest {

    @Test
    void aMumOfThreeAfterTheCueIsTheMotherNamedBefore() {
        List<Quote> q = top("Her mother, Nasreen Akhtar, 61, sees it another way.\n\n\"She came back because there was"
                + " nothing left,\" the mum-of-three said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nasreen Akhtar");
    }

    @Test
    void aRegionalDemonymAfterTheCueIsTheManNamedBefore() {
        List<Quote> q = top("Ruslan Gadzhiev, 35, left Grozny in 2013.\n\n\"In the end we were eating grass,\" the"
                + " Chechen told me.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ruslan Gadzhiev");
    }
}
