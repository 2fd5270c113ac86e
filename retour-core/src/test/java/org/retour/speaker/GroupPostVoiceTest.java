package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;

/** An office or rank the group's own name qualifies is a post in the group: its holder is a member, not an official. */
class GroupPostVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void aFormerPostInTheGroupMakesADefector() {
        assertThat(voices.voiceOf("former IS official", "en")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("former commander in the Islamic State", "en")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("ancien juge de l'EI", "fr")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("ehemaliger IS-Richter", "de")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("مسؤول سابق في داعش", "ar")).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void aPostInTheGroupTodayIsNoOffice() {
        assertThat(voices.voiceOf("IS judge", "en")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("commandant de Daech", "fr")).isEqualTo(Voice.OTHER);
    }

    @Test
    void anOfficeAgainstTheGroupOrFarFromItsNameStaysAnOffice() {
        assertThat(voices.voiceOf("director of the anti-IS unit", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("commander of the coalition against Islamic State", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("official in charge of IS detainees", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("directeur de la lutte contre l'EI", "fr")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("Kommandeur im Kampf gegen den IS", "de")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void theEnglishVerbIsNamesNoGroup() {
        assertThat(voices.voiceOf("official who is in charge", "en")).isEqualTo(Voice.OFFICIAL);
    }
}
