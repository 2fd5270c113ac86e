package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/**
 * A sentence after a quote that names its voice (« C'est Yanis, en mars 2017. », "That was Liam.", „Das war
 * Lukas.“) gives the quote to that person, the voice of a recording or the writer of a message; a cleft (« C'est
 * Karim qui … ») names no speaker.
 */
class NamedVoiceAfterQuoteTest {

    @Test
    void cEstYanisApresLEnregistrementLuiDonneLesMots() {
        Analysis a = TestPipelines.analyze("Samia Khelifi, 55 ans, garde un vieux téléphone dans le tiroir de la cuisine."
                + " Yanis, le fils de sa voisine, est parti en Syrie en 2014.\n\n"
                + "Elle appuie sur le haut-parleur. « Je suis fatigué, dites-leur que je veux rentrer. » C'est Yanis,"
                + " en mars 2017. Elle a écouté ce message des centaines de fois.", "fr");
        Quote q = topLevel(a).get(0);
        assertThat(q.span().of(a.text())).isEqualTo("Je suis fatigué, dites-leur que je veux rentrer.");
        assertThat(speaker(q).name()).isEqualTo("Yanis");
    }

    @Test
    void thatWasLiamGivesTheRecordingToHim() {
        Analysis a = TestPipelines.analyze("Margaret Shaw, 61, still keeps her old phone. Liam, her neighbour's son,"
                + " left for Syria in 2015.\n\n"
                + "She pressed play. “I am tired, tell them I want to come home.” That was Liam, in the spring of 2017."
                + " She has listened to it hundreds of times.", "en");
        assertThat(speaker(topLevel(a).get(0)).name()).isEqualTo("Liam");
    }

    @Test
    void dasWarLukasGibtIhmDieNachricht() {
        Analysis a = TestPipelines.analyze("Sabine Krüger, 58, bewahrt das alte Handy in der Küche auf. Lukas, der Sohn"
                + " ihrer Nachbarin, ging 2015 nach Syrien.\n\n"
                + "Sie drückt auf Wiedergabe. „Ich bin müde, sagt ihnen, dass ich nach Hause will.“ Das war Lukas, im"
                + " März 2017. Sie hat die Nachricht hundertmal gehört.", "de");
        assertThat(speaker(topLevel(a).get(0)).name()).isEqualTo("Lukas");
    }

    @Test
    void uneClivéeApresLaCitationNeNommePasLaVoix() {
        Analysis a = TestPipelines.analyze("Karim Belaïd, 30 ans, a suivi son cousin en Syrie. Samia Khelifi, sa tante,"
                + " se souvient : « Il voulait partir depuis longtemps. » C'est Karim qui l'a convaincu.", "fr");
        assertThat(speaker(topLevel(a).get(0)).name()).isEqualTo("Samia Khelifi");
    }
}
