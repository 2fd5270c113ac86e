package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A possessive description whose noun is the role of one person named in the article's lead (« sa belle-sœur, Amel
 * Lahlou ») stands for that person several paragraphs on, past the reach of a nearer name.
 */
class DistantRoleHolderTest {

    private static final String MIDDLE = "Les procès-verbaux, d'une centaine de pages, décrivent la vie quotidienne à"
            + " Raqqa, les marchés, les bombardements, les coupures d'électricité et les rationnements. ";

    @Test
    void theSisterInLawOfTheLeadIsNamedFiveParagraphsOn() {
        StringBuilder text = new StringBuilder("Yasmina Kaci, 30 ans, est détenue à Fresnes. Les enquêteurs ont aussi"
                + " entendu sa belle-sœur, Lina Kaci, 25 ans, rentrée plus tôt.\n\n");
        for (int i = 0; i < 4; i++) {
            text.append(MIDDLE).append(MIDDLE).append("\n\n");
        }
        text.append("Sa belle-sœur livre un autre récit. « On nous promettait une vie juste », dit-elle.");
        assertThat(text.length()).isGreaterThan(1500);
        List<Quote> q = top(text.toString(), "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lina Kaci");
    }
}
