package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** Voices decided from context when the role alone does not say, and speakers introduced earlier. */
class VoiceFromContextTest {



    @Test
    void firstPersonLifeInsideTheGroupMakesADefector() {
        List<Quote> q = top("Karim Haddad vit aujourd'hui à Gaziantep, en Turquie, où il a fui.\n"
                + "« L'émir m'a dit que mon nom était sur la liste des kamikazes », raconte Karim Haddad.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void formerFighterBackHomeOnTrialIsAReturnee() {
        List<Quote> q = top("Tariq Mahmood spent five months with Islamic State before returning to Britain, where he"
                + " served three years in prison.\n\"I thought I was going to defend Syrians,\" he told the students.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tariq Mahmood");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void officialsSpeakingOfFightersInTheFirstPersonPluralStayUnchanged() {
        List<Quote> q = top("Le directeur de la police, Laurent Morvan, a parlé des combattants.\n"
                + "« Ils disent que les émirs gardent tout, nous le savons », a-t-il dit.", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void allQuotesOfOneSpeakerShareTheVoice() {
        List<Quote> q = top("Omar Siddiqui returned to Britain in 2015 and was jailed.\n"
                + "\"It was cold,\" Omar Siddiqui said.\n\"The emirs took my money,\" Omar Siddiqui said.", "en");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).voice()).isEqualTo(speaker(q.get(1)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void brotherWhoIsAFormerFighterIsADefectorNotARelative() {
        VoiceLexicon voices = VoiceLexicon.bundled();
        assertThat(voices.voiceOf("the elder brother, a former IS fighter", "en")).isEqualTo(Voice.DEFECTOR);
        assertThat(voices.voiceOf("the mother of a former fighter", "en")).isEqualTo(Voice.RELATIVE);
        assertThat(voices.voiceOf("his brother, a former fighter", "en")).isEqualTo(Voice.RELATIVE);
        assertThat(voices.voiceOf("la mère d'un ancien combattant", "fr")).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void definiteDescriptionSpeakerStandsForThePersonNamedBefore() {
        List<Quote> q = top("Yassine Belkadi, 27 ans, est jugé à Paris.\n"
                + "« Je voulais revoir ma mère », a expliqué le prévenu.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yassine Belkadi");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void definiteDescriptionWithAnotherVoiceDoesNotTakeTheName() {
        List<Quote> q = top("Yassine Belkadi, 27 ans, est jugé à Paris.\n"
                + "« Il ment », a déclaré le procureur.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void selonLuiGoesToThePreviousSpeaker() {
        List<Quote> q = top("« Nous avons 241 revenants », a déclaré le ministre Bernard Cazeneuve. Selon lui, "
                + "l'organisation « n'a plus les moyens de retenir ses membres ».", "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Bernard Cazeneuve");
    }

    @Test
    void demonymHeadsAnUnnamedSpeaker() {
        List<Quote> q = top("Ce jeune Tunisien a fui l'organisation il y a trois semaines.\n"
                + "« L'émir m'a appelé », raconte-t-il.", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).description()).contains("Tunisien");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void demonymBesideANameGivesThePersonACountry() {
        Analysis a = TestPipelines.analyze("Le Belge Samir Azzouz a été arrêté. Ibrahim Kaci, un Algérien de 27 ans, "
                + "est rentré. \"We left,\" said Lena Schulz, a German.", "fr");
        List<Entity> persons = a.list(Layers.PERSONS);
        assertThat(persons).filteredOn(e -> e.canonical().equals("Samir Azzouz")).extracting(Entity::country)
                .containsExactly("BE");
        assertThat(persons).filteredOn(e -> e.canonical().equals("Ibrahim Kaci")).extracting(Entity::country)
                .containsExactly("DZ");
    }

    @Test
    void roleBesideAnEarlierMentionGivesTheVoiceOfAReportingOfficial() {
        List<Quote> q = top("Le nombre de retours pourrait augmenter, a averti jeudi le directeur de la police, Paul Lemarié,"
                + " devant les députés.\n"
                + "M. Lemarié a évoqué les appels reçus. « Ils disent que les émirs gardent tout et que nous les"
                + " abandonnons », a-t-il rapporté.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Lemarié");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void appositionAfterTheNameInArabicGivesTheVoice() {
        List<Quote> q = top("يقول أبو سليم، وهو منشق عن التنظيم، إنه ترك الرقة.\n"
                + "وقال أبو سليم «لم نعد نحتمل الجوع»", "ar");
        assertThat(speaker(q.get(0)).name()).isEqualTo("أبو سليم");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void returnedBesideTheNameMakesAFormerFighterOfAnUnroledSpeaker() {
        List<Quote> q = top("Un autre revenu, Karim, 25 ans, vit à Anvers depuis l'été. L'EI a recruté des centaines de"
                + " combattants à Raqqa.\n"
                + "« Ils volaient les gens », dit Karim.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void formerRecruiterBackHomeIsAReturnee() {
        List<Quote> q = top("Mehdi Sarraf, ancien recruteur de l'EI, a été condamné puis libéré l'an dernier à Lyon.\n"
                + "« J'envoyais des garçons là-bas », a dit Mehdi Sarraf.", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void formerRecruiterTellingOfHisOwnLifeInsideIsAFormerMember() {
        List<Quote> q = top("Devant la classe, Mehdi Lakhdar parle d'une voix calme. Cet ancien recruteur raconte : "
                + "« J'ai vu des otages égorgés devant des enfants. On m'a inscrit sur la liste des kamikazes. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi Lakhdar");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.DEFECTOR, Voice.RETURNEE);
    }

    @Test
    void wordsAfterTheNameThatAreNotAnAppositionDoNotGiveTheVoice() {
        List<Quote> q = top("Hanna Berger betonte, dass die Rückkehrer sehr verschieden seien.\n"
                + "„Man muss jeden Fall einzeln anschauen“, sagte Hanna Berger.", "de");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.RETURNEE);
    }

    @Test
    void aNameInsideAnotherSpeakersQuoteTellsNothingOfWhoThePersonIs() {
        List<Quote> en = top("Niamh Corrigan spent three years in Raqqa and was deported to Dublin in 2019, where she was"
                + " charged.\n\"I begged the emir to let me go home,\" Ms Corrigan told the court.\n"
                + "Ms Justice Brennan told her to take her time. \"There is no hurry, Ms Corrigan,\" the judge said.", "en");
        assertThat(speaker(en.get(0)).name()).isEqualTo("Niamh Corrigan");
        assertThat(speaker(en.get(0)).voice()).isEqualTo(Voice.RETURNEE); // not the judge's office beside her name
        assertThat(speaker(en.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
        List<Quote> fr = top("Sabrina Lahlou a passé trois ans à Raqqa avant d’être rapatriée en 2019 et mise en examen.\n"
                + "« J’ai supplié l’émir de me laisser rentrer », a dit Sabrina Lahlou.\n"
                + "« Prenez votre temps, madame Lahlou, » a répondu la présidente.", "fr");
        assertThat(speaker(fr.get(0)).voice()).isEqualTo(Voice.RETURNEE);
        assertThat(speaker(fr.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
    }
}
