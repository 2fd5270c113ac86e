package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** Officers of a court, the press and the professions speak in that capacity; an ordinary trade gives no voice of its own. */
class ProfessionVoiceTest {

    @Test
    void aCoronerIsAnOfficialAndAColumnistAJournalist() {
        List<Quote> q = top("“Those are not questions for this court,” said the coroner, Richard Atherton. “They came home"
                + " broken,” said Anna Pike, a columnist for the local paper.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.JOURNALIST);
    }

    @Test
    void aBarLeaderIsALawyerAndASubPrefectAnOfficial() {
        List<Quote> q = top("« La défense sera entendue », a dit la bâtonnière, Claire Morin. « Tout est suivi », a assuré"
                + " le sous-préfet, Marc Lenoir.", "fr");
        assertThat(speaker(q.get(0)).role()).isEqualTo("bâtonnière");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aFormerFighterWhoDrivesABusIsStillAFormerFighter() {
        List<Quote> q = top("Karim Mansour, a former Islamic State fighter who came back in 2018, is now a bus driver in"
                + " Leeds. “I was nobody there,” he said.", "en");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.DEFECTOR, Voice.RETURNEE);
    }
}
