package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** « Chef du » or « cheffe du » a service is a rank: an official, unless the speaker tells of life inside the group. */
class HeadOfServiceVoiceTest {

    private static final String ARTICLE_START = "Revenants de Syrie : la prison face au défi de la déradicalisation\n\n"
            + "Karim, 31 ans, est rentré de Syrie en 2019. « Là-bas, les émirs avaient tout, nous on avait le front »,"
            + " dit-il.\n\n";

    @Test
    void theHeadOfAServiceIsAnOfficial() {
        List<Quote> q = top(ARTICLE_START + "Première à prendre la parole, Hélène Vasseur, cheffe du BRPJ, a livré"
                + " les chiffres. « Nous suivons aujourd'hui 300 détenus condamnés pour terrorisme », a-t-elle indiqué.",
                "fr");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aChefAloneIsNoOffice() {
        assertThat(VoiceLexicon.bundled().voiceOf("un chef", "fr")).isEqualTo(Voice.UNKNOWN);
        assertThat(VoiceLexicon.bundled().voiceOf("chef du bureau de la lutte antiterroriste", "fr"))
                .isEqualTo(Voice.OFFICIAL);
    }
}
