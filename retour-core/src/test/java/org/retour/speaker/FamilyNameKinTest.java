package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A possessive kin description (« sa mère », « son fils ») whose owner, the person mentioned last, shares a surname
 * with one other person named before is that relative: families are named with one surname.
 */
class FamilyNameKinTest {

    private static final String TEXT = "Nicole Ferrand, 58 ans, habite un pavillon de Valence. Elle garde dans un tiroir"
            + " les cartes postales de Syrie.\n\n"
            + "Parti en 2014, Bastien Ferrand dit avoir fui le groupe en 2017. « Il a traversé la frontière à pied."
            + " C'est ce qu'il m'a raconté », explique sa mère.\n\n"
            + "Nicole Ferrand range les cartes. Dans une carte plus ancienne, son fils parlait de la faim. « On mangeait"
            + " une fois par jour », lit encore la retraitée.\n";

    @Test
    void theKinIsTheOtherPersonOfTheFamilyName() {
        List<Quote> q = top(TEXT, "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nicole Ferrand");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Bastien Ferrand");
    }
}
