package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A kin description (« Le fils ») never stands for a person the text names with another kin noun (« son père,
 * Gilles »), and « son fils » told of in between introduces nobody new: it is the son named from the start.
 */
class KinDescriptionOtherKinTest {

    private static final String TEXT = "Julien Roy avait 20 ans quand il est parti en Syrie. Il raconte son parcours aux"
            + " côtés de son père, Gilles.\n\n"
            + "Le fils parle lentement. « On m'a mis à garder un dépôt », raconte-t-il.\n\n"
            + "Son père l'écoute. Il explique que son fils voulait rentrer. « J'attendais chaque message », dit-il."
            + " Gilles Roy range la lettre.\n\n"
            + "Le fils sourit. « Il a eu raison. »\n";

    @Test
    void theSonIsNotTheFatherNamedLast() {
        List<Quote> q = top(TEXT, "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Julien Roy");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Julien Roy");
    }
}
