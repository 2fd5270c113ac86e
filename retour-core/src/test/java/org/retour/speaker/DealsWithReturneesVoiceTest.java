package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;

/**
 * An office or trade "familiar with", "working with" or "dealing with" returnees deals with them, as "of" says
 * ("a garda familiar with returnee cases"); one of the returnees is still a returnee; a tribal leader speaks for
 * his community.
 */
class DealsWithReturneesVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void anOfficerFamiliarWithReturneesIsAnOfficial() {
        assertThat(voices.voiceOf("senior garda familiar with returnee cases", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("police officer dealing with returnees", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("social worker working with returnees", "en")).isEqualTo(Voice.OTHER);
    }

    @Test
    void aReturneeWithNoOfficeIsStillAReturnee() {
        assertThat(voices.voiceOf("returnee", "en")).isEqualTo(Voice.RETURNEE);
        assertThat(voices.voiceOf("returnee familiar with the camps", "en")).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aTribalLeaderIsOther() {
        assertThat(voices.voiceOf("tribal leader from the Qayyarah area", "en")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("tribal elder", "en")).isEqualTo(Voice.OTHER);
    }
}
