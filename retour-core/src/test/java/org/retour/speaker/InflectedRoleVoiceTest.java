package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;

/** Role words found in the voice lexicon under another form: plural, feminine, German endings, Arabic clitics. */
class InflectedRoleVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void frenchFeminineAndPluralFormsFindTheirBaseWord() {
        assertThat(voices.voiceOf("les enquêteurs de la DGSI", "fr")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("une sociologues", "fr")).isEqualTo(Voice.RESEARCHER);
        assertThat(voices.voiceOf("les historiennes", "fr")).isEqualTo(Voice.RESEARCHER);
    }

    @Test
    void germanInflectedEndingsFindTheirBaseWord() {
        assertThat(voices.voiceOf("des Beamten", "de")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("die Sprecherinnen", "de")).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void arabicCliticsAndEndingsAreRemoved() {
        assertThat(voices.voiceOf("والمحلل", "ar")).isEqualTo(Voice.RESEARCHER);
        assertThat(voices.voiceOf("للباحث", "ar")).isEqualTo(Voice.RESEARCHER);
        assertThat(voices.voiceOf("والدتها", "ar")).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void englishPluralsFindTheirBaseWord() {
        assertThat(voices.voiceOf("prosecutors", "en")).isEqualTo(Voice.OFFICIAL);
        assertThat(voices.voiceOf("social workers", "en")).isEqualTo(Voice.OTHER);
    }

    @Test
    void wordsThatAreNoRoleStayUnknownAfterStemming() {
        assertThat(voices.voiceOf("le mois dernier", "fr")).isEqualTo(Voice.UNKNOWN);
    }
}
