package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Speakers read from the sentences around a quote: the person named just before a pronoun, a question after a
 * sentence of asking and the answer after it, a description named in the next sentence, a description that
 * is someone new, a person before a possessive, a pronoun whose gender excludes the paragraph's topic.
 */
class AttributionAcrossSentencesTest {

    @Test
    void aPronounGoesToThePersonNamedJustBeforeNotToTheParagraphsFirst() {
        List<Quote> q = top("Samir says he wants to go to Germany. Walid wants to go home. \"When the town is free, I"
                + " will teach again,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Walid");
    }

    @Test
    void aPronounJoinedToAnEarlierVerbTakesThatClausesSubject() {
        List<Quote> q = top("Imran Qadir, 32, pleaded guilty in June.\n\nQadir showed no emotion. As he was led away,"
                + " he turned towards the gallery and said: \"I'll be fine, Mum.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Imran Qadir");
    }

    @Test
    void aQuestionAfterASentenceOfAskingIsTheAskersAndTheNextQuoteTheAnswer() {
        List<Quote> q = top("Lyes Hamdi, 31 ans, est jugé depuis lundi. « J'étais cuisinier », a-t-il déclaré.\n\n"
                + "Le président, Marc Aubert, l'interroge sur la prison de Raqqa. « Vous saviez ce qui se passait dans"
                + " les cellules ? » Long silence. « J'entendais. J'ai gardé la porte. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Marc Aubert");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Lyes Hamdi");
    }

    @Test
    void anIndefiniteDescriptionNamedInTheNextSentenceSpeaksUnderThatName() {
        List<Quote> q = top("Dans la salle, une mère de famille lève la main. Nora Belhadj a perdu la trace de son"
                + " neveu en 2015. « Est-ce qu'ils pouvaient appeler leurs familles ? »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nora Belhadj");
    }

    @Test
    void aDescriptionWithAnOrdinalIsSomeoneNew() {
        List<Quote> q = top("Le deuxième, Karim Lahmar, 31 ans, se présente comme infirmier. « J'ai soigné des"
                + " blessés », dit-il.\n\nLe troisième homme, plus âgé, refuse de donner son nom. « Il n'y avait"
                + " plus que trois rues », ajoute le troisième homme.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void aPersonBeforeAPossessiveThingIsTheParagraphsPerson() {
        List<Quote> q = top("Sarah Haddad spent seven years in Syria, her lawyer Jane Moss said.\n\n\"Each case is"
                + " assessed individually,\" said a spokesperson, Claire Dunn.\n\nSarah Haddad's children started"
                + " school in January. Asked what she wanted most, she laughed. \"A boring life,\" she said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sarah Haddad");
    }

    @Test
    void aPronounWhoseGenderExcludesTheTopicGoesToItsOwnPerson() {
        List<Quote> q = top("« Je réapprends à vivre », dit Sarah Lemaire, rapatriée de Syrie.\n\n"
                + "Son mari, un Lillois, est mort en 2017. Elle en parle d'une voix plate. « Il avait été désigné pour"
                + " une opération. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sarah Lemaire");
    }

    @Test
    void aDefiniteDescriptionOfAnotherNounOfTheTradeTakesUpThePerson() {
        List<Quote> q = top("L'imam du quartier, Ousmane Sarr, l'a rencontré plusieurs fois. « Si on le rejette,"
                + " d'autres viendront le chercher », prévient le religieux.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ousmane Sarr");
    }

    @Test
    void aManWhoSaidHisNameWasSpeaksUnderThatName() {
        List<Quote> q = top("Un soir, le téléphone a sonné. Un homme qui disait s'appeler Abou Yahya voulait la"
                + " prévenir. « Madame, votre fils veut partir », lui a-t-il dit.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Abou Yahya");
    }

    @Test
    void aSurnameCuedByHeIsNotTheSisterNamedLatest() {
        List<Quote> q = top("\"I saw them shoot a boy,\" said Yusuf Abdi, 26, who pleaded guilty last year.\n\n"
                + "Abdi's sister, Hodan Abdi, wept as she read a statement. \"We lost him twice,\" she said.\n\n"
                + "Abdi also described life in Raqqa in a letter to the court. \"The foreigners were given houses,\""
                + " he wrote.", "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Yusuf Abdi");
    }

    @Test
    void aQuoteAfterOneWordAndAColonGoesToTheSentenceBefore() {
        List<Quote> q = top("Omar Idris, 29, deserted last winter. \"We were building nothing,\" he said.\n\n"
                + "Asked whether he regrets joining, Omar Idris was silent for a long time. Then: \"I regret that I"
                + " believed them.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Idris");
    }

    @Test
    void aPossessiveDescriptionTakesUpTheNameOfItsTradeInTheNextSentence() {
        List<Quote> q = top("Au tribunal, la procureure avait décrit une femme dangereuse. Interrogé par notre équipe, son"
                + " avocat nuance : « Ma cliente était une mère isolée. » Me Paul Garnier rappelle qu'elle a suivi le"
                + " programme.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Garnier");
    }

    @Test
    void aKinDescriptionTakesUpTheNameThatFollowedItsFirstMention() {
        List<Quote> q = top("Karim Saïdi, 64 ans, s'assoit en face de son fils. Nassim Saïdi, 30 ans, est rentré de Syrie en"
                + " 2019.\n\nSon fils l'écoute sans l'interrompre. Puis il corrige : « Tu ne pouvais pas voir. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nassim Saïdi");
    }

    @Test
    void aVerbOfSpeechAfterPourTakesTheClausesSubject() {
        List<Quote> q = top("Le directeur, Heval Azad, écoute sans intervenir. Puis il reprend la parole pour rappeler que"
                + " la prison compte « plus de 5 000 détenus ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Heval Azad");
    }
}
