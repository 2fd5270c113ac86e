package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;

/** Counsel for the prosecution speaks for the state; counsel for the defence does not. */
class ProsecutingCounselVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void prosecutingCounselIsAnOfficialAndDefenceCounselIsNot() {
        assertThat(voices.voiceOf("prosecuting counsel", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("senior crown counsel", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("defence counsel", "en")).isEqualTo(Voice.OTHER);
    }
}
