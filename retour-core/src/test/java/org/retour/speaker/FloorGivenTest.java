package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A noun of the turn to speak before « à » (« Le dernier mot revient à l'accusé : ») gives the floor to the person
 * after the preposition, who speaks the quote after the colon, not the one who spoke before.
 */
class FloorGivenTest {

    @Test
    void theLastWordGoesToTheAccusedNotToHisLawyer() {
        List<Quote> q = top("Yanis B., 26 ans, est jugé à Namur. Son avocate, Me Sophie Lambert, a plaidé l'acquittement."
                + " « Il est rentré de lui-même », a-t-elle insisté.\n\nLe dernier mot revient à l'accusé : « Je veux"
                + " seulement travailler et me taire. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis B.");
    }
}
