package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** One of a group speaks ("l'un d'eux", "one of them", "einer von ihnen"), with the group's voice. */
class PartitiveSpeakerTest {

    @Test
    void frenchOneOfThemAfterAnInvertedVerbIsAnUnnamedReturnee() {
        List<Quote> q = top("Des chercheurs ont rencontré plusieurs revenants à Lyon. « On nous mentait », raconte l’un"
                + " d’eux. « On avait peur », confie l'une d'entre elles.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("l’un d’eux");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
        assertThat(speaker(q.get(1)).description()).isEqualTo("l'une d'entre elles");
    }

    @Test
    void englishAndGermanOneOfThemTakeTheDefectorsVoice() {
        List<Quote> en = top("Researchers met several defectors in Gaziantep. \"They lied to us,\" one of them said.", "en");
        assertThat(speaker(en.get(0)).description()).isEqualTo("one of them");
        assertThat(speaker(en.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
        List<Quote> de = top("Forscher trafen mehrere Rückkehrer. „Man hat uns belogen“, sagt einer von ihnen.", "de");
        assertThat(speaker(de.get(0)).description()).isEqualTo("einer von ihnen");
        assertThat(speaker(de.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void oneOfAGroupWithNoReturneeOrDefectorNearbyKeepsNoVoiceOfTheirs() {
        List<Quote> q = top("Les juges ont entendu plusieurs témoins. « Je n'ai rien vu », dit l'un d'eux.", "fr");
        assertThat(speaker(q.get(0)).description()).isEqualTo("l'un d'eux");
        assertThat(speaker(q.get(0)).voice()).isNotIn(Voice.RETURNEE, Voice.DEFECTOR);
    }

    @Test
    void oneOfThePluralHeadNounIsADescriptionWithThatNounsVoice() {
        List<Quote> q = top("Researchers met several people in Leeds. \"We were afraid,\" said one of the defectors.", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("one of the defectors");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void anotherIsSomeoneNewAfterAnUnnamedSpeaker() {
        List<Quote> q = top("One former fighter said the emirs lived well. \"They had everything,\" he said. Another said:"
                + " \"We had nothing.\"", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("One former fighter");
        assertThat(speaker(q.get(1)).description()).isEqualTo("Another");
    }
}
