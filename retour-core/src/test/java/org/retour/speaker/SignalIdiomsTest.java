package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;
import org.retour.speaker.VoiceContext.Signal;

/** Set phrases whose words say nothing of life inside the group: "in front of", « garde à vue ». */
class SignalIdiomsTest {

    private final SignalIdioms idioms = SignalIdioms.bundled();

    @Test
    void aWordOfTheFrontInsideInFrontOfLosesItsSignal() {
        String[] lowered = {"in", "front", "of", "a", "jury", "on", "the", "front"};
        Signal[] sig = new Signal[lowered.length];
        sig[1] = Signal.EXPERIENCE;
        sig[7] = Signal.EXPERIENCE;
        idioms.clear(sig, lowered, "en");
        assertThat(sig[1]).isNull();
        assertThat(sig[7]).isEqualTo(Signal.EXPERIENCE); // "on the front": the front line still
    }

    @Test
    void policeCustodyIsNoGuardOfTheGroup() {
        String[] lowered = {"placé", "en", "garde", "à", "vue", "puis", "la", "garde", "de", "l'émir"};
        Signal[] sig = new Signal[lowered.length];
        sig[2] = Signal.EXPERIENCE;
        sig[7] = Signal.EXPERIENCE;
        idioms.clear(sig, lowered, "fr");
        assertThat(sig[2]).isNull();
        assertThat(sig[7]).isEqualTo(Signal.EXPERIENCE);
    }

    @Test
    void aPhraseBrokenByAMarkOrInAnotherLanguageKeepsItsSignals() {
        String[] lowered = {"in", "front", null, "of"};
        Signal[] sig = {null, Signal.EXPERIENCE, null, null};
        idioms.clear(sig, lowered, "en");
        assertThat(sig[1]).isEqualTo(Signal.EXPERIENCE);
        idioms.clear(sig, new String[] {"in", "front", "of", "x"}, "ar");
        assertThat(sig[1]).isEqualTo(Signal.EXPERIENCE);
    }

    @Test
    void aFormerProsecutorWhoWantsThemInFrontOfAJuryStaysAnOfficial() {
        List<Quote> q = top("Two men held in a Kurdish camp in Syria since 2019 were flown home on Monday.\n\n"
                + "Tom Carver, a former Army prosecutor, said the choice was simple. \"If they broke our laws, I want them"
                + " in front of a jury in Kansas,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tom Carver");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }
}
