package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** « Autrement dit : « … » » translates the words before: « Autrement » is no person who says them. */
class AutrementDitTest {

    @Test
    void autrementDitIsNoSpeakerNamedAutrement() {
        List<Quote> q = top("Dans la cuisine, Mémé Lucienne, 81 ans, remue un cari poulet. « Mon marmay la fé in gro bétiz »,"
                + " dit-elle en créole. Autrement dit : « Il a fait une grosse bêtise. »", "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1)).name()).isNotEqualTo("Autrement");
        assertThat(speaker(q.get(1)).name()).contains("Lucienne");
    }
}
