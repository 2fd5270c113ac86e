package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;

/** A trade union's delegate holds no office of state: an association's member, who speaks as other. */
class TradeUnionVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void aUnionDelegateIsNoOfficial() {
        assertThat(voices.voiceOf("délégué syndical CGT pénitentiaire", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("secrétaire général du syndicat des surveillants", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("a trade union official at the prison", "en")).isEqualTo(Voice.OTHER);
    }

    @Test
    void aStateDelegateStaysAnOfficial() {
        assertThat(voices.voiceOf("délégué interministériel", "fr")).isEqualTo(Voice.OFFICIAL);
    }
}
