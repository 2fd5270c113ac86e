package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;
import org.retour.person.PersonLexicon;

/** The voice a role gives, kept per thread across documents. */
class RoleVoicesTest {

    private static final VoiceLexicon VOICES = VoiceLexicon.bundled();
    private static final PersonLexicon LEXICON = PersonLexicon.bundled();

    @Test
    void aPlainRoleGivesTheVoiceLexiconsVoice() {
        RoleVoices roles = RoleVoices.of(VOICES, LEXICON);
        assertThat(roles.get("substitut", "fr")).isEqualTo(Voice.OFFICIAL).isEqualTo(VOICES.voiceOf("substitut", "fr"));
        assertThat(roles.get("Defence barrister", "en")).isEqualTo(Voice.OTHER);
    }

    @Test
    void whoLeadsTheLedSpeaksAsTheLeaderAndWhoLeadsPractitionersAsOne() {
        RoleVoices roles = RoleVoices.of(VOICES, LEXICON);
        assertThat(roles.get("heads the returnee unit", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(roles.get("heads a team of four psychologists", "en")).isEqualTo(Voice.OTHER);
    }

    @Test
    void aRoleReadAgainGivesTheSameVoiceFromTheSameThreadsReader() {
        RoleVoices roles = RoleVoices.of(VOICES, LEXICON);
        Voice first = roles.get("heads the returnee unit", "en");
        assertThat(RoleVoices.of(VOICES, LEXICON)).isSameAs(roles);
        assertThat(roles.get(new String("heads the returnee unit"), "en")).isEqualTo(first);
        assertThat(roles.get("heads the returnee unit", "fr")).isEqualTo(VOICES.voiceOf("heads the returnee unit", "fr"));
    }
}
