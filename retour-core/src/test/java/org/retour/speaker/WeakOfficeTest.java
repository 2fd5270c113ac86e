package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;

/** Offices held before joining and ranks the group shares are weak; an office held today is not. */
class WeakOfficeTest {

    private final VoiceLexicon voices = VoiceLexicon.bundled();

    @Test
    void formerPostsAreWeak() {
        assertThat(voices.weakOffice("former civil servant", "en")).isTrue();
        assertThat(voices.weakOffice("ex-policeman", "en")).isTrue();
        assertThat(voices.weakOffice("ancien sous-officier", "fr")).isTrue();
        assertThat(voices.weakOffice("ehemaliger Polizist", "de")).isTrue();
        assertThat(voices.weakOffice("شرطي سابق", "ar")).isTrue();
    }

    @Test
    void ranksTheGroupSharesAreWeak() {
        assertThat(voices.weakOffice("commander of a unit", "en")).isTrue();
        assertThat(voices.weakOffice("Kommandeur einer Kampfeinheit", "de")).isTrue();
        assertThat(voices.weakOffice("قائد", "ar")).isTrue();
    }

    @Test
    void anOfficeHeldTodayIsNotWeak() {
        assertThat(voices.weakOffice("head of counter-terrorism police and a former army officer", "en")).isFalse();
        assertThat(voices.weakOffice("prosecutor", "en")).isFalse();
        assertThat(voices.weakOffice("commandant du groupement de gendarmerie", "fr")).isFalse();
        assertThat(voices.weakOffice("researcher", "en")).isFalse();
        assertThat(voices.weakOffice(null, "en")).isFalse();
    }

    @Test
    void germanAndArabicNamesOfFormerMembersGiveTheirVoice() {
        assertThat(voices.voiceOf("ehemaliges Mitglied", "de")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("der frühere IS-Anhänger", "de")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("frühere IS-Braut", "de")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("Syrien-Rückkehrerin", "de")).isEqualTo(Voice.RETURNEE);
        assertThat(voices.voiceOf("عناصر سابقين", "ar")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("ehemaliger IS-Terrorist", "de")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("Ex-IS-Kämpfer", "de")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("Überläufer", "de")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("Rückkehrende", "de")).isEqualTo(Voice.RETURNEE);
        assertThat(voices.voiceOf("IS-Werber", "de")).isEqualTo(Voice.RECRUITER);
        assertThat(voices.voiceOf("مقاتلا سابقا", "ar")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("ehemaliger Polizist", "de")).isEqualTo(Voice.OFFICIAL);
    }
}
