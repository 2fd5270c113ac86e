package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/** Small cases of speaker resolution, one behaviour each. */
class SpeakerResolutionTest {



    @Test
    void invertedCueResolvesToPreviousSpeaker() {
        List<Quote> q = top("« Nous partons », a déclaré la ministre Marie Dubois au sujet de Jean Martin.\n"
                + "« Ils reviendront », ajouta-t-elle.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Marie Dubois");
    }

    @Test
    void pronounSpeakerTakesTheMostRecentPersonOfItsGender() {
        List<Quote> q = top("Karim Benali a rencontré Fatima Zahra à Lyon.\n« Je veux rentrer », a-t-elle dit.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Fatima Zahra");
        List<Quote> en = top("Sarah Jones met John Smith in London.\n\"I want to go home,\" he said.", "en");
        assertThat(speaker(en.get(0)).name()).isEqualTo("John Smith");
    }

    @Test
    void quoteWithoutCueContinuesTheSpeakersParagraph() {
        List<Quote> q = top("\"We were afraid,\" said Michael Brown, a former fighter. \"Nobody trusted anyone.\"", "en");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Michael Brown");
        assertThat(q.get(1).attribution()).isInstanceOf(Attribution.Contextual.class);
        assertThat(speaker(q.get(1)).voice().label()).isEqualTo("defector");
    }

    @Test
    void colonAtTheEndOfTheParagraphIntroducesTheQuote() {
        List<Quote> q = top("Le procureur François Molins a déclaré que les revenants étaient suivis :\n"
                + "« Aucun ne sera laissé sans surveillance. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("François Molins");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("official");
    }

    @Test
    void accordingToAndSelonNameTheSpeaker() {
        List<Quote> en = top("According to Peter Neumann, the group is \"losing its grip on its fighters\".", "en");
        assertThat(speaker(en.get(0)).name()).isEqualTo("Peter Neumann");
        List<Quote> fr = top("Selon un ancien combattant, la vie y était « dure et décevante ».", "fr");
        assertThat(speaker(fr.get(0)).name()).isNull();
        assertThat(speaker(fr.get(0)).description()).isEqualTo("un ancien combattant");
        assertThat(speaker(fr.get(0)).voice().label()).isEqualTo("defector");
    }

    @Test
    void unnamedSpeakersGetTheirVoiceFromTheirDescription() {
        assertThat(speaker(top("„Ich bereue alles“, sagte ein Rückkehrer.", "de").get(0)).voice().label())
                .isEqualTo("returnee");
        assertThat(speaker(top("\"He was a good boy,\" his mother said.", "en").get(0)).voice().label())
                .isEqualTo("relative");
        assertThat(speaker(top("\"I left after six months,\" a former IS fighter told the BBC.", "en").get(0))
                .description()).isEqualTo("a former IS fighter");
    }

    @Test
    void pluralPronounLeavesTheQuoteUnattributed() {
        List<Quote> q = top("« Nous avons été trompés », ont-ils dit.", "fr");
        assertThat(q.get(0).attribution()).isInstanceOf(Attribution.Unattributed.class);
    }

    @Test
    void whoHeadsGivesARole() {
        List<Quote> q = top("\"They are disillusioned,\" said Peter Neumann, who heads the ICSR.", "en");
        assertThat(speaker(q.get(0)).role()).isEqualTo("heads the ICSR");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("researcher");
    }

    @Test
    void speakerOffsetsSurviveEmojiAndArabic() {
        String text = "😀😀 « On rentre », a dit Karim Benali.";
        Analysis a = TestPipelines.analyze(text, "fr");
        Quote q = QuoteAssertions.topLevel(a).get(0);
        assertThat(q.span().of(text)).isEqualTo("On rentre");
        assertThat(q.attribution().cue().span().of(text)).isEqualTo("a dit");
        assertThat(speaker(q).name()).isEqualTo("Karim Benali");
    }

    @Test
    void descriptionInAppositionToANameStandsForThatPerson() {
        List<Quote> q = top("Steven Rosenthal, a tax specialist at the institute, agreed. \"The rule is wrong,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Steven Rosenthal");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("researcher");
    }

    @Test
    void anIndefiniteDescriptionAfterAFullStopIsSomeoneNewNotTheNameBeforeIt() {
        List<Quote> fr = top("« Nous perdons du terrain », a déclaré le ministre de l'Intérieur, Jean Dupont. "
                + "Un ancien combattant raconte : « Il faisait beau ce jour-là. »", "fr");
        assertThat(speaker(fr.get(1)).name()).isNull();
        assertThat(speaker(fr.get(1)).description()).isEqualTo("Un ancien combattant");
        assertThat(speaker(fr.get(1)).voice().label()).isEqualTo("defector");
        List<Quote> en = top("\"We are losing ground,\" said Interior Minister John Dupont. A former fighter recalls: "
                + "\"The weather was fine that day.\"", "en");
        assertThat(speaker(en.get(1)).name()).isNull();
        assertThat(speaker(en.get(1)).description()).isEqualTo("A former fighter");
    }

    @Test
    void aNameOpeningTheClauseAfterASourcesDescriptionIsNotThatSource() {
        List<Quote> q = top("Selon l'enquêteur, Hamdan « a joué un rôle actif » dans le groupe.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("l'enquêteur");
        List<Quote> apposed = top("Selon l'enquêteur, Marc Olivier, le prévenu « a joué un rôle actif » dans le groupe.", "fr");
        assertThat(speaker(apposed.get(0)).name()).isEqualTo("Marc Olivier");
    }

    @Test
    void malePronounSkipsAWomanNamedLater() {
        List<Quote> q = top("Donald Trump called Hillary Clinton a liar. \"It's just words,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Donald Trump");
    }

    @Test
    void demonstrativeDescriptionStandsForThePersonNamedBefore() {
        List<Quote> q = top("Devant la classe, Mehdi Lakhdar parle d'une voix calme. Cet ancien recruteur raconte : "
                + "« J'ai envoyé des garçons là-bas. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi Lakhdar");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("recruiter");
    }

    @Test
    void givenNameWithSurnameInitialIsAPerson() {
        List<Quote> q = top("Yassïn O., 27, from Vilvoorde, was held for weeks. \"They hung us from the ceiling,\" "
                + "the defendant said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yassïn O.");
    }

    @Test
    void organisationBeforeASpeechVerbSpeaksWithTheOrganisationVoice() {
        List<Quote> q = top("The conditions are \"appalling and unsafe for children,\" Human Rights Watch said on Tuesday.", "en");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("organisation");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Human Rights Watch");
    }
}
