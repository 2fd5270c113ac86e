package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Voice;
import org.retour.resource.ResourceLines;
import org.retour.speaker.VoiceContext.Signal;

/**
 * A speaker who tells of life inside the group went there, and is back home when the sentences about them tell of
 * a return; one who speaks of their child is a relative; with nothing said from inside, no voice is guessed.
 */
class SignalVoicesTest {

    private static final WordSignals WORDS = new WordSignals(ResourceLines.classpath(VoiceContext.RESOURCE));
    private static final SignalVoices RULES = new SignalVoices(WORDS, VoiceLexicon.bundled());

    @Test
    void oneWhoTellsOfLifeInsideAndIsToldOfAsBackIsAReturnee() {
        assertThat(decide(Voice.UNKNOWN, counts(Signal.SELF, Signal.EXPERIENCE), counts(Signal.RETURNED), null, false))
                .isEqualTo(Voice.RETURNEE);
    }

    @Test
    void oneWhoTellsOfLifeInsideAndIsToldOfAsFledIsADefector() {
        assertThat(decide(Voice.UNKNOWN, counts(Signal.SELF, Signal.EXPERIENCE), counts(Signal.LEFT), null, false))
                .isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void onTheGroupsGroundAFormerMemberIsNoReturnee() {
        assertThat(decide(Voice.UNKNOWN, counts(Signal.SELF, Signal.EXPERIENCE), counts(Signal.RETURNED), null, true))
                .isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void oneWhoSpeaksOfTheirChildIsARelative() {
        assertThat(decide(Voice.UNKNOWN, counts(Signal.SELF, Signal.KIN), counts(), null, false))
                .isEqualTo(Voice.RELATIVE);
    }

    @Test
    void aRoleThatTellsAFateMakesADefendantInAStoryOfLifeInsideAFormerMember() {
        assertThat(RULES.decide(Voice.UNKNOWN, counts(), counts(), counts(), counts(Signal.EXPERIENCE), "le prévenu",
                "fr", false, false, false)).isEqualTo(Voice.DEFECTOR);
        assertThat(RULES.decide(Voice.UNKNOWN, counts(), counts(), counts(), counts(), "le prévenu", "fr", false,
                false, false)).isEqualTo(Voice.UNKNOWN);
    }

    @Test
    void byDefaultOneWhoSpeaksFromInsideIsAFormerMemberOfTheArticlesStory() {
        assertThat(SignalVoices.formerMemberByDefault(counts(Signal.WE), counts(Signal.RETURNED), false))
                .isEqualTo(Voice.RETURNEE);
        assertThat(SignalVoices.formerMemberByDefault(counts(Signal.WE), counts(Signal.RETURNED), true))
                .isEqualTo(Voice.DEFECTOR);
        assertThat(SignalVoices.formerMemberByDefault(counts(), counts(Signal.RETURNED), false))
                .isEqualTo(Voice.UNKNOWN);
        assertThat(SignalVoices.formerMemberByDefault(counts(Signal.WE), counts(), false)).isEqualTo(Voice.UNKNOWN);
    }

    private static Voice decide(Voice base, SignalCounts said, SignalCounts around, String role, boolean onGround) {
        return RULES.decide(base, said, around, counts(), counts(), role, "fr", false, onGround, false);
    }

    private static SignalCounts counts(Signal... signals) {
        SignalCounts c = new SignalCounts();
        for (Signal s : signals) {
            c.note(s);
        }
        return c;
    }
}
