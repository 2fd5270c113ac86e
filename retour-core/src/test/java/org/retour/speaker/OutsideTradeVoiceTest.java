package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * Trades that speak of returnees from outside: a prevention worker, a publisher, a political scientist or a
 * lecturer, a public defender, a juror, a court clerk are no former members, however much they speak of them.
 */
class OutsideTradeVoiceTest {

    private static final String ARTICLE_START = "Retour de Syrie : à Lyon, le long chemin des revenants de Daech\n\n"
            + "Karim, 31 ans, est rentré de Syrie en 2019. « Là-bas, les émirs avaient tout, nous on avait le front »,"
            + " dit-il.\n\n";

    @Test
    void aPreventionWorkerIsOther() {
        List<Quote> q = top(ARTICLE_START + "À Vénissieux, l'intervenante Josée Martel suit trois jeunes revenus"
                + " de Syrie. « Ils rentrent fatigués, pas repentis. Ils veulent surtout un"
                + " travail », explique-t-elle.", "fr");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OTHER);
    }

    @Test
    void aPoliticalScientistIsAResearcher() {
        List<Quote> q = top(ARTICLE_START + "La politiste Claire Montet nuance : « Beaucoup sont rentrés quand"
                + " le califat reculait. On l'a vu dans nos entretiens. »", "fr");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.RESEARCHER);
    }

    @Test
    void aPublisherIsOther() {
        List<Quote> q = top(ARTICLE_START + "Son éditrice, Anaïs Roblès, a longtemps hésité. « On nous a"
                + " reproché de publier un revenant. Je crois que son récit aide à comprendre », dit-elle.", "fr");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OTHER);
    }

    @Test
    void theseTradesReadInEveryLanguage() {
        VoiceLexicon v = VoiceLexicon.bundled();
        assertThat(v.voiceOf("federal defender", "en")).isEqualTo(Voice.OTHER);
        assertThat(v.voiceOf("senior lecturer in politics", "en")).isEqualTo(Voice.RESEARCHER);
        assertThat(v.voiceOf("anthropologist", "en")).isEqualTo(Voice.RESEARCHER);
        assertThat(v.voiceOf("juror", "en")).isEqualTo(Voice.OTHER);
        assertThat(v.voiceOf("greffière", "fr")).isEqualTo(Voice.OFFICIAL);
        assertThat(v.voiceOf("animatrice", "fr")).isEqualTo(Voice.OTHER);
        assertThat(v.voiceOf("Lehrerin", "de")).isEqualTo(Voice.OTHER);
        assertThat(v.voiceOf("Verleger", "de")).isEqualTo(Voice.OTHER);
    }
}
