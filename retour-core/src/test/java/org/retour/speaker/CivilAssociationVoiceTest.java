package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;

/** The head of a citizens' association holds no office of state: an other, where the head of a state body is an official. */
class CivilAssociationVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void thePresidentOfAnAssociationSpeaksAsOther() {
        assertThat(voices.voiceOf("présidente de l'association", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("director of a Minneapolis nonprofit", "en")).isEqualTo(Voice.OTHER);
    }

    @Test
    void thePresidentOfAStateBodyOrAMonitoringTeamStaysAnOfficial() {
        assertThat(voices.voiceOf("président du tribunal", "fr")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("coordinator of the UN monitoring team", "en")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void theHeadOfACounsellingServiceForFamiliesSpeaksAsOther() {
        assertThat(voices.voiceOf("Leiterin von Hayat", "de")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("Leiter der Beratungsstelle", "de")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("Leiter der Behörde", "de")).isEqualTo(Voice.OFFICIAL);
    }
}
