package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A person named in the paragraph before a pronoun cue, after the last speaker's, and taken up there by a
 * demonstrative description (« Mehdi Saïdi, lui, est sorti. Ce Dijonnais de 30 ans … ») speaks the next words, not the
 * last speaker.
 */
class DemonstrativeTakeUpSinceLastSpeakerTest {

    @Test
    void theReturneeTakenUpByADemonstrativeSpeaksNotThePriestBefore() {
        List<Quote> q = TestPipelines.analyze("Le père Bernard Giraud est aumônier catholique de l'établissement. « On ne"
                + " fait pas de prosélytisme, on écoute », résume le prêtre.\n\nMehdi Saïdi, lui, est sorti. Ce Dijonnais de"
                + " 30 ans, rentré de Syrie à l'été 2015, a purgé sa peine à Dijon. Il a longtemps fréquenté le bureau de"
                + " l'aumônier.\n\n« Ce n'est pas la violence qui m'a fait revenir », reconnaît-il.", "fr")
                .get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Bernard Giraud");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mehdi Saïdi");
    }
}
