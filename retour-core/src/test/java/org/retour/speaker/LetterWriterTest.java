package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;
import static org.retour.speaker.QuoteAssertions.topLevel;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/** A letter or message read out or passed on by a relative holds the writer's words, not the reader's. */
class LetterWriterTest {

    @Test
    void aNamedPersonWhoWroteAPassageReadOutAtAHearingWroteItNotAFigureNamedBefore() {
        List<Quote> q = top("Adam Wardle, 31, of Elswick, was released on Monday.\n\nWardle told the board that what"
                + " finally made him run was the day his unit was ordered to attack a rival rebel brigade north of"
                + " Aleppo, rather than the forces of Bashar al-Assad.\n\n\"I didn't go there to shoot at lads who pray"
                + " the same way I do,\" he wrote, in a passage read out at the hearing.", "en");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Adam Wardle");
    }

    @Test
    void aLetterReadAloudIsTheWritersAndSoIsTheRestOfItsParagraph() {
        List<Quote> q = top("Malika Benali garde toutes les lettres de son fils cadet, Sofiane, réfugié dans un camp"
                + " près de la frontière. Elle lit à voix basse.\n\n"
                + "« Maman, ici on a faim. Les émirs gardent tout pour eux. » Et plus bas : « Dis à papa que je"
                + " pense à lui. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sofiane Benali");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sofiane Benali");
    }

    @Test
    void aMessageQuotedInsideARelativesWordsIsTheWriters() {
        Analysis a = TestPipelines.analyze("Janet Cole's son, Liam, left for Syria in 2014 and now hides near the"
                + " Turkish border.\n\n\"He called me last week. He said, 'Mum, I want to come home, they shoot"
                + " deserters here,'\" Janet Cole said.", "en");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Janet Cole");
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner).name()).isEqualTo("Liam Cole");
        assertThat(speaker(inner).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void theCuePronounOfANestedMessageChoosesAWriterOfItsGender() {
        Analysis a = TestPipelines.analyze("Leïla Haddou, 29 ans, est jugée à Paris pour avoir rejoint l'EI.\n\n"
                + "Un ancien combattant a témoigné contre elle par visioconférence.\n\n"
                + "Sa mère, Samia Haddou, a été entendue le soir. « Un jour, elle a écrit : “Maman, je veux"
                + " rentrer.” », a-t-elle raconté.", "fr");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Samia Haddou");
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner).name()).isEqualTo("Leïla Haddou");
    }

    @Test
    void aReaderWhoIsNotKinGivesTheWordsToThePersonBefore() {
        List<Quote> q = top("Der Angeklagte Florian R. schweigt. Seine Verteidigerin, Anke Vogt, sagt, ihr Mandant"
                + " habe seiner Mutter aus Raqqa geschrieben. Dann las sie eine Nachricht vor: „Mama, ich habe"
                + " einen Fehler gemacht.“", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Florian R.");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aWriterWhoSpeaksInCourtIsAReturnee() {
        List<Quote> q = top("Omar Khalid, 29, is on trial in London. \"I only cooked for them,\" Khalid told the"
                + " court.\n\nHis sister, Amina Khalid, read one of his messages to the jury: \"Mum, forgive me,"
                + " I want to come back.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Omar Khalid");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aReaderWhoNarratesBeforeACueKeepsTheWordsAndTheMessageGoesToTheFamily() {
        Analysis a = TestPipelines.analyze("Grace Okafor, 23, travelled to Syria in 2015.\n\n"
                + "At the hearing her mother, Ruth Okafor, read from the letters her daughter had sent.\n\n"
                + "\"In one letter she wrote, 'Mum, I was wrong, the emirs lie to us,'\" Ruth Okafor said.", "en");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Ruth Okafor");
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner).name()).isEqualTo("Grace Okafor");
    }

    @Test
    void theReaderSpeaksAgainInTheNextParagraphAsARelative() {
        List<Quote> q = top("Dans son salon de Lunel, Samira Haddad garde les messages de sa fille Yasmine, partie en"
                + " Syrie en 2014. « Je n'en ai jeté aucun », confie cette infirmière de 50 ans.\n\n"
                + "Elle lit le dernier à voix haute : « Maman, ici les chefs mangent et nous attendons. »\n\n"
                + "Elle pose son téléphone. « Elle n'osait pas dire qu'elle avait peur. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samira Haddad");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yasmine Haddad");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.DEFECTOR);
        assertThat(speaker(q.get(2)).name()).isEqualTo("Samira Haddad");
        assertThat(speaker(q.get(2)).voice()).isEqualTo(Voice.RELATIVE);
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void aTradeDescribesTheNamedPersonItFollows() {
        List<Quote> q = top("Brigitte Lamy attend son fils depuis trois ans. « Je garde sa chambre telle quelle »,"
                + " raconte cette aide-soignante.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Brigitte Lamy");
        List<Quote> de = top("Ilse Brand wartet seit Jahren auf ihren Sohn. „Ich lasse sein Zimmer, wie es ist“,"
                + " sagt die Rentnerin.", "de");
        assertThat(speaker(de.get(0)).name()).isEqualTo("Ilse Brand");
    }

    @Test
    void readingSomethingElseIsNoLetter() {
        List<Quote> q = top("The researcher Helen Marsh said she was reading the new statistics with care.\n\n"
                + "\"Numbers alone explain very little,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Helen Marsh");
    }

    @Test
    void aReadingThatAPossessiveMakesANounReadsNoLetterOut() {
        List<Quote> q = top("Besnik left Raqqa in 2016 and came home to Kosovo.\n\n"
                + "Lulzim Krasniqi, a prosecutor who handled several returnee cases, says men like Besnik \"came back"
                + " because they had lost.\" That, he adds, is his own reading of the files.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lulzim Krasniqi");
    }

    @Test
    void theLetterIsHersWhomTheVerbOfWritingNamesNotTheSisterItWasWrittenTo() {
        List<Quote> q = top("PARIS – Au deuxième jour de son procès, Sarah Benhamou, 33 ans, a entendu mardi la lecture d’une"
                + " lettre qu’elle avait écrite à sa sœur en 2017, depuis Mayadine.\n\n"
                + "« Ici, ce n’est pas ce qu’on nous avait dit. Je ne dors plus », a lu le président, Laurent Raviot.\n\n"
                + "Sa sœur, Myriam Benhamou, a été entendue dans l’après-midi.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sarah Benhamou");
    }

    @Test
    void theSubjectOfTheVerbOfWritingWroteTheMessageTheProsecutorRead() {
        List<Quote> q = top("Imran Qureshi, 31, from Pollokshields, left Scotland in 2014. He was deported to the UK last year.\n\n"
                + "The court heard that Qureshi had sent messages to a cousin in Dundee. In one, read to the court by"
                + " advocate depute Alison Macleod, he wrote: \"The Scots here are a joke to them.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Imran Qureshi");
    }

    @Test
    void aReaderWhoWroteThePageHimselfReadsHisOwnWords() {
        List<Quote> q = top("Mehdi Saoudi, 36 ans, est jugé à Paris. Sa sœur, Nawel Saoudi, assiste aux débats.\n\n"
                + "9h42 – L’audience reprend. Mehdi Saoudi se lève, déplie la feuille qu’il a écrite en prison et lit :"
                + " « Je suis parti en croyant rejoindre des frères. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi Saoudi");
    }

    @Test
    void aBrotherNamedOnlyAfterTheLetterDidNotWriteIt() {
        List<Quote> q = top("VERVIERS – Malika El Ouardi, 54 ans, garde les lettres dans une boîte. Son fils Ilias, 29 ans, est"
                + " détenu à la prison de Lantin.\n\n"
                + "Elle choisit une lettre, chausse ses lunettes et lit à voix haute : « Maman, je repense souvent à"
                + " Mayadine. »\n\n"
                + "Son fils aîné, Soufiane, assis à côté d’elle, n’a pas lu les lettres.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ilias El Ouardi");
    }

    @Test
    void aLetterTheParagraphGivesToTheSonAndHisMotherReadsAfterItIsHis() {
        List<Quote> q = top("VERVIERS – Malika El Ouardi, 54 ans, garde les lettres de son fils. Son fils Ilias, 29 ans, est"
                + " détenu à la prison de Lantin.\n\n"
                + "Elle choisit une lettre et lit à voix haute : « Maman, je repense souvent à Mayadine. » Elle repose la"
                + " feuille. « Il n'écrivait jamais ça, avant. »\n\n"
                + "Une autre, datée de février, est plus sombre. Ilias y raconte un camarade tunisien désigné pour une"
                + " « opération ». « Il est monté dans la voiture. Je n'ai jamais su où elle allait exploser », lit encore"
                + " Malika El Ouardi, la voix qui se brise.", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Ilias El Ouardi");
    }

    @Test
    void anArabicVocativeToAMotherIsTheSons() {
        List<Quote> q = top("قالت أم محمد إن ابنها محمود هرب من التنظيم إلى تركيا. وقرأت رسالته: \"يا أمي، أريد أن أعود"
                + " إلى البيت\".", "ar");
        assertThat(speaker(q.get(0)).voice()).isIn(Voice.DEFECTOR, Voice.RETURNEE);
    }

    @Test
    void aMessageReadByAMotherWhoseDaughterIsDescribedInTheParagraphIsTheDaughtersNotAnEarlierSon() {
        List<Quote> q = top("Karima Ouali ouvre la réunion. Son fils Walid est parti en 2015 et il est rentré l'an dernier.\n\n"
                + "À côté d'elle, Samira, dont la fille se trouve dans le camp de Roj avec deux enfants, sort son téléphone"
                + " et lit un message : « Maman, ici les femmes se dénoncent entre elles pour du lait. Sors-nous de là. »",
                "fr");
        Quote message = q.get(q.size() - 1);
        assertThat(message.text()).startsWith("Maman, ici");
        assertThat(speaker(message)).isNotNull();
        assertThat(speaker(message).name()).isNull();
        assertThat(speaker(message).description()).contains("fille");
    }

    @Test
    void statementReadWithoutAReaderIsItsAuthorsWords() {
        List<Quote> q = top("Tariq Rahman, 31, denies the charges. \"I wanted to bring my brother back,\" he said.\n\n"
                + "In a statement read to the court, their mother, Shazia Rahman, said:\n\n"
                + "\"My sons are not monsters. Tariq went because I begged him to go.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Shazia Rahman");
    }

    @Test
    void aParentsNounAfterAnotherWordIsSpokenOfNotAddressed() {
        List<Quote> q = top("The study, led by the sociologist Hannah Fischer, heard 40 former members.\n\n"
                + "A woman from Leeds told the team that her husband had been jailed by the group.\n\n"
                + "\"Someone's mother, someone's brother. It was nearly always family,\" Fischer said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hannah Fischer");
        List<Quote> fr = top("Le sociologue Étienne Morel a rencontré quarante revenants.\n\n"
                + "Une femme de Roubaix raconte que son mari a été emprisonné par le groupe.\n\n"
                + "« Une mère, un frère. C'était presque toujours la famille », a dit Étienne Morel.", "fr");
        assertThat(speaker(fr.get(0)).name()).isEqualTo("Étienne Morel");
    }

    @Test
    void aGreetingBeforeTheParentsNounStillAddressesThem() {
        List<Quote> q = top("Malika Benali garde les lettres de son fils cadet, Sofiane, réfugié dans un camp."
                + " Elle lit à voix basse.\n\n« Chère maman, ici on a faim. » Et plus bas : « Dis à papa que je"
                + " pense à lui. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sofiane Benali");
    }
}
