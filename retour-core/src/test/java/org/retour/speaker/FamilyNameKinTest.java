package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A possessive kin description (« sa mère », « son fils ») whose owner, the person mentioned last, shares a surname
 * with one other person named before is that relative: families are named with one surname. So is a kin description
 * whose complement is a named person (« la mère du prévenu »).
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

    private static final String COMPLEMENT = "Mathis Le Bihan, 29 ans, comparaissait mercredi devant le tribunal"
            + " correctionnel de Paris. « Je croyais que j'allais aider des gens », a-t-il lancé.\n\n"
            + "Dans la salle, une femme aux cheveux courts n'a pas quitté le box des yeux. À la suspension, Nathalie"
            + " Le Bihan est sortie fumer une cigarette sur les marches. « Je ne reconnais plus mon fils », a confié la"
            + " mère du prévenu.\n";

    @Test
    void theKinOfTheAccusedIsTheOtherPersonOfHisFamilyName() {
        List<Quote> q = top(COMPLEMENT, "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mathis Le Bihan");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nathalie Le Bihan");
    }

    @Test
    void theKinOfTheAccusedStaysSomeoneNewWithoutARelativeOfHisName() {
        List<Quote> q = top(COMPLEMENT.replace("Nathalie Le Bihan", "Nathalie Corre"), "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).startsWith("la mère");
    }

    @Test
    void theBrotherOfTheDetaineeIsTheManWhoSharesHerFamilyName() {
        List<Quote> q = top("Shabnam Goolamally, 34 ans, est détenue à Port-Louis depuis son rapatriement du camp de Roj.\n\n"
                + "Rencontré devant la cour, Imran Goolamally ne cache pas son soulagement. « Pendant sept ans, on ne"
                + " savait pas si elle était vivante », confie-t-il.\n\nLe frère de la détenue assure qu'elle « n'a"
                + " jamais porté une arme ». « Elle s'est trompée », plaide-t-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Imran Goolamally");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Imran Goolamally");
    }
}
