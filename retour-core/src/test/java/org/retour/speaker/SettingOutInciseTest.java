package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.quote.TestPipelines;

/** « pose » in an incise (« « … », pose-t-elle d'emblée ») sets out the words before it; before a quote it lays something down. */
class SettingOutInciseTest {

    @Test
    void anInvertedPoseCuesTheLawyersWordsNotHerClients() {
        String text = "Laetitia Graff est poursuivie à Paris. Son avocate, Me Claire Hatt, reçoit dans son cabinet."
                + " « Ma cliente n'a jamais porté d'arme », pose-t-elle d'emblée.";
        Quote q = QuoteAssertions.topLevel(TestPipelines.analyze(text, "fr")).get(0);
        assertThat(speaker(q).name()).isEqualTo("Claire Hatt");
        assertThat(((Attribution.Cued) q.attribution()).cue().text()).isEqualTo("pose-t-elle");
    }

    @Test
    void poseBeforeAQuoteIsNoCue() {
        String text = "Laetitia Graff pose son sac sur la table. « Je ne dirai rien. »";
        Quote q = QuoteAssertions.topLevel(TestPipelines.analyze(text, "fr")).get(0);
        assertThat(q.attribution()).isNotInstanceOf(Attribution.Cued.class);
        assertThat(speaker(q).name()).isEqualTo("Laetitia Graff");
    }
}
