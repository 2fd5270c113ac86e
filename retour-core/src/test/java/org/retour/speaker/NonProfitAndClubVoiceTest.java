package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * Belgian non-profits, sports clubs and rights groups are associations of citizens: whoever heads or coordinates
 * them holds no office of state and speaks as other.
 */
class NonProfitAndClubVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void theCoordinatorOfANonProfitSpeaksAsOther() {
        assertThat(voices.voiceOf("coordinatrice de l'asbl", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("directeur de la vzw", "fr")).isEqualTo(Voice.OTHER);
    }

    @Test
    void thePresidentOfASportsClubSpeaksAsOther() {
        assertThat(voices.voiceOf("président du club de boxe", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("director of the boxing club", "en")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("Leiter des Sportvereins", "de")).isEqualTo(Voice.OTHER);
    }

    @Test
    void aProgrammeOfficerAtARightsGroupSpeaksAsOther() {
        assertThat(voices.voiceOf("programme officer at the rights group", "en")).isEqualTo(Voice.OTHER);
    }

    @Test
    void theHeadOfAStateBodyStaysAnOfficial() {
        assertThat(voices.voiceOf("directeur de la prison", "fr")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("programme officer at the Home Office", "en")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aClubPresidentQuotedInAReturneeStoryIsOther() {
        List<Quote> q = top("Revenu de Syrie, il a retrouvé le ring\n\n"
                + "Sofiane, 28 ans, est rentré de Syrie en 2018. « Là-bas, les émirs avaient tout », dit-il.\n\n"
                + "Le président du club de boxe, Gérard Lemoine, l'a repris sans hésiter. « Ici, on parle de sport,"
                + " pas de religion », explique Gérard Lemoine.", "fr");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OTHER);
    }
}
