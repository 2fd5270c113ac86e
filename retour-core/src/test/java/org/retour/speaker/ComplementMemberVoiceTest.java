package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;

/** Returnees named in a role's complement are whom the person deals with, unless the role holds nothing else. */
class ComplementMemberVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void anOfficeThatDealsWithReturneesIsAnOfficial() {
        assertThat(voices.voiceOf("head of the returnee unit at the Interior Ministry", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("chargée du suivi des revenants", "fr")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aLawyerOfAFormerFighterIsNoFormerFighter() {
        assertThat(voices.voiceOf("avocat d'un ancien combattant", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("lawyer of a returnee", "en")).isEqualTo(Voice.OTHER);
    }

    @Test
    void oneOfTheReturneesAndTheMotherOfAFormerFighterKeepTheirVoices() {
        assertThat(voices.voiceOf("one of the returnees", "en")).isEqualTo(Voice.RETURNEE);
        assertThat(voices.voiceOf("l'un des anciens combattants", "fr")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("the mother of a former fighter", "en")).isEqualTo(Voice.RELATIVE);
    }
}
