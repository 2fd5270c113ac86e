package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A French definite description whose noun gives no voice (« la retraitée ») stands for the person who opens its
 * paragraph as subject, a relative as well, not for the protagonist named before.
 */
class VoicelessDescriptionTopicTest {

    @Test
    void theRetiredWomanIsTheMotherWhoOpensTheParagraph() {
        List<Quote> q = top("Inès Barre, 31 ans, est rentrée de Syrie en 2019 avec ses deux enfants.\n\nSa mère, Monique"
                + " Barre, l'attendait à l'aéroport. « Je ne l'ai pas reconnue », se souvient la retraitée, ancienne"
                + " institutrice.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Monique Barre");
    }
}
