package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A defendant's attorney is a lawyer; a U.S. Attorney, a state's attorney and the Crown's barrister prosecute. */
class LawyerSideVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void aDefendantsAttorneyIsALawyerNotAProsecutor() {
        assertThat(voices.voiceOf("Walker's attorney", "en")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("Assistant U.S. Attorney", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("Cook County State's Attorney", "en")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void theCrownsBarristerIsAnOfficial() {
        assertThat(voices.voiceOf("Crown barrister", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("defence barrister", "en")).isEqualTo(Voice.OTHER);
    }

    @Test
    void anAttorneyNamedWithHerClientSpeaksAsALawyer() {
        List<Quote> q = top("A Texas man who fought for the Islamic State group in Syria was sentenced on Friday.\n\n"
                + "Walker's attorney, Joanna Pike, told the judge her client had been held for months. \"He was"
                + " questioned every day because he had a phone,\" Pike said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Joanna Pike");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }
}
