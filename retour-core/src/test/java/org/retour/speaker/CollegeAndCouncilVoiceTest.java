package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;

/** A practitioner at a college researches, and the head or chairman of a council is an official. */
class CollegeAndCouncilVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void aPsychologistAtACollegeIsAResearcher() {
        assertThat(voices.voiceOf("psychologist at King's College London", "en")).isEqualTo(Voice.RESEARCHER);
        assertThat(voices.voiceOf("psychologist", "en")).isEqualTo(Voice.OTHER);
    }

    @Test
    void theHeadOfALocalCouncilIsAnOfficial() {
        assertThat(voices.voiceOf("head of Qayyarah's local council", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("chairman of the Defence Committee of the Federal National Council", "en"))
                .isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("volunteer with a council-funded project", "en")).isNotEqualTo(Voice.OFFICIAL);
    }
}
