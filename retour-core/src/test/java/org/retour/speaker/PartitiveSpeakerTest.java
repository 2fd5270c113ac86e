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
    @Test
    void oneOfTheseOrOfHisHeadNounIsAnUnnamedSpeakerWhomLaterPronounsTakeUp() {
        List<Quote> q = top("Laurent Morel, porte-parole du parquet, reste prudent. « Chaque cas est jugé », affirme-t-il."
                + "\n\nL’un de ces revenants a accepté de nous rencontrer à Genève. Il a 31 ans. Il ne veut pas que son nom"
                + " apparaisse, « pour ma mère ». Il sourit. « J’étais venu pour être un héros, j’étais magasinier. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Laurent Morel");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("L’un de ces revenants");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.RETURNEE);
        List<Quote> en = top("Colonel Mark Hayes said the camp was safe. \"We were hungry every day,\" said one of these"
                + " defectors.", "en");
        assertThat(speaker(en.get(0)).name()).isNull();
        assertThat(speaker(en.get(0)).description()).isEqualTo("one of these defectors");
        List<Quote> de = top("Oberst Jan Weber lobte das Lager. „Wir hatten Hunger“, sagt einer dieser Rückkehrer.",
                "de");
        assertThat(speaker(de.get(0)).name()).isNull();
        assertThat(speaker(de.get(0)).description()).isEqualTo("einer dieser Rückkehrer");
    }

    @Test
    void oneOfAGroupNamedAtTheHeadOfTheNextSentenceIsThatPerson() {
        List<Quote> q = top("L'aumônier, Pierre Laval, les rencontre chaque semaine. L'un de ces détenus a accepté de nous"
                + " parler. Ilyes – le prénom a été changé – a 29 ans. « Au début, j'étais fier », raconte-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ilyes");
        List<Quote> en = top("Chaplain Peter Hale meets them every week. One of the inmates agreed to talk. Yusuf, 29, spent two"
                + " years in Raqqa. \"I was proud at first,\" he says.", "en");
        assertThat(speaker(en.get(0)).name()).isEqualTo("Yusuf");
    }
}
