package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * « De l'aveu de X », « de l'aveu même de X » give the words that follow to X, as « selon X » does, even when
 * another person is the clause's subject.
 */
class AdmissionSourceTest {

    @Test
    void theOneWhoAdmitsItSpeaks() {
        List<Quote> q = top("Son cousin, Nordine Saïdi, 41 ans, tient un garage à Vierzon.\n\n"
                + "De l'aveu même de Nordine Saïdi, le jeune homme « ne parle jamais de la Syrie ». De l'aveu de"
                + " Nordine Saïdi, il « dort très mal depuis son retour ».\n", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nordine Saïdi");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nordine Saïdi");
    }
}
