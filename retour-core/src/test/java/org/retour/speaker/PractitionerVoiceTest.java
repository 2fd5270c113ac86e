package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** Practitioners who treat, defend or teach speak as "other", whatever words stand beside their name. */
class PractitionerVoiceTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void cliniciansAndSchoolTeachersAreOther() {
        assertThat(voices.voiceOf("psychiatre", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("psychologue", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("professeure de français", "fr")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("psychiatrist", "en")).isEqualTo(Voice.OTHER);
        assertThat(voices.voiceOf("Psychiaterin", "de")).isEqualTo(Voice.OTHER);
    }

    @Test
    void aTeacherAtAUniversityOrOfPoliticalScienceStillResearches() {
        assertThat(voices.voiceOf("professeur de science politique", "fr")).isEqualTo(Voice.RESEARCHER);
        assertThat(voices.voiceOf("professeure à Sciences Po", "fr")).isEqualTo(Voice.RESEARCHER);
        assertThat(voices.voiceOf("maître de conférences à Lille", "fr")).isEqualTo(Voice.RESEARCHER);
        assertThat(voices.voiceOf("psychologist and counter-terrorism expert", "en")).isEqualTo(Voice.RESEARCHER);
    }

    @Test
    void aLawyerWhoTellsReportersStaysALawyer() {
        List<Quote> q = top("\"My client has told the truth from the first day,\" his lawyer, Dominic Farrell, told"
                + " reporters after the hearing.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Dominic Farrell");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }

    @Test
    void aPsychiatristWhoExaminedADetaineeIsNotAReturnee() {
        List<Quote> q = top("Le psychiatre Olivier Fromentin a rencontré le prévenu à trois reprises. « Je n'ai vu aucune"
                + " haine chez lui », a-t-il déclaré.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Olivier Fromentin");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }
}
