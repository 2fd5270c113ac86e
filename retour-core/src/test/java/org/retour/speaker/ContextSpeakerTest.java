package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * Speakers found from a quote's paragraph when the cue beside it is a pronoun or missing: the person a
 * paragraph introduces, an earlier sentence's speech cue, the subject of the quote's own sentence.
 */
class ContextSpeakerTest {



    @Test
    void invertedPronounGoesToThePersonTheParagraphIntroduces() {
        List<Quote> q = top("« Je voulais revoir ma mère », a dit Yacine Merabet, un ancien combattant.\n\n"
                + "Le procureur, Olivier Trémaux, a mis en doute ce récit. « Il est rentré parce que tout "
                + "s'effondrait », a-t-il estimé.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yacine Merabet");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Olivier Trémaux");
        assertThat(speaker(q.get(1)).voice().label()).isEqualTo("official");
    }

    @Test
    void englishPronounCueGoesToTheNewlyIntroducedUnnamedSpeaker() {
        List<Quote> q = top("\"The emirs lied to us,\" said Tariq Mahmood, a former fighter.\n\n"
                + "Another deserter, a Belgian in his twenties, described the last weeks in Raqqa. "
                + "\"Nobody believed in victory any more,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).startsWith("Another deserter");
    }

    @Test
    void paragraphOpeningWithAPronounKeepsThePreviousSpeaker() {
        List<Quote> q = top("« On nous mentait », a raconté Samir Haddad, un revenant.\n\n"
                + "Il évoque aussi Paul Girard, son ancien voisin. « Lui n'est jamais revenu », ajoute-t-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Samir Haddad");
    }

    @Test
    void quoteOpeningItsSentenceTakesTheCueOfAnEarlierSentence() {
        List<Quote> fr = top("Le déserteur, Malik Souabni, assure qu'il n'a jamais voulu mourir. "
                + "« Je suis venu pour aider les Syriens. »", "fr");
        assertThat(speaker(fr.get(0)).name()).isEqualTo("Malik Souabni");
        assertThat(fr.get(0).attribution()).isInstanceOf(Attribution.Contextual.class);
        List<Quote> en = top("Hannah Kerr said her son had called from Idlib last month. "
                + "\"He wants to come home.\"", "en");
        assertThat(speaker(en.get(0)).name()).isEqualTo("Hannah Kerr");
    }

    @Test
    void quoteInsideItsSentenceGoesToTheSentencesSubject() {
        List<Quote> q = top("Jonas Albrecht nannte die Anführer „Lügner, die uns alle in den Tod geschickt haben“.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Jonas Albrecht");
    }

    @Test
    void aNameModifyingANounIsNoSubject() {
        List<Quote> q = top("The Harris campaign sent an email saying the plan was \"a disaster for families\".", "en");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).attribution()).isInstanceOf(Attribution.Unattributed.class);
    }

    @Test
    void aCueWhoseSubjectIsNoPersonLeavesNoRoomForGuesses() {
        List<Quote> q = top("Clinton, the nominee, \"is dogged and smart,\" the newspaper wrote.", "en");
        assertThat(q.get(0).attribution().speaker() == null
                || q.get(0).attribution().speaker().name() == null
                || !q.get(0).attribution().speaker().name().contains("Clinton")).isTrue();
    }

    @Test
    void noPersonInTheParagraphLeavesTheQuoteUnattributed() {
        List<Quote> q = top("Le rapport a été publié lundi. « La situation reste préoccupante. »", "fr");
        assertThat(q.get(0).attribution()).isInstanceOf(Attribution.Unattributed.class);
    }

    @Test
    void everydayNounsHeadDescriptionsOfUnnamedSpeakers() {
        List<Quote> fr = top("Parmi eux, une jeune femme rentrée au printemps. "
                + "« On nous traitait comme des marchandises », dit-elle.", "fr");
        assertThat(speaker(fr.get(0)).description()).isEqualTo("une jeune femme");
        List<Quote> en = top("One of them, a 23-year-old from Aarhus, came home in May. "
                + "\"I called my mother every night,\" he said.", "en");
        assertThat(speaker(en.get(0)).description()).isEqualTo("a 23-year-old");
        List<Quote> de = top("„Wir hatten alle Angst vor den Emiren“, sagte ein 23-Jähriger aus Dinslaken.", "de");
        assertThat(speaker(de.get(0)).description()).isEqualTo("ein 23-Jähriger");
    }

    @Test
    void theLastOfSeveralHeadsEndsTheDescription() {
        List<Quote> q = top("\"They lied to us,\" said a 26-year-old Syrian defector.", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("a 26-year-old Syrian defector");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("defector");
    }

    @Test
    void roleWordsOfTradesAndScholarsGiveTheirVoice() {
        assertThat(speaker(top("„Die Szene ist kleiner geworden“, sagte die Kriminologin Anna Weber.", "de")
                .get(0)).voice().label()).isEqualTo("researcher");
        assertThat(speaker(top("\"We watch every one of them,\" said police superintendent Carl Jensen.", "en")
                .get(0)).voice().label()).isEqualTo("official");
        assertThat(speaker(top("« Il parlait de partir depuis l'été », a raconté sa cousine.", "fr")
                .get(0)).voice().label()).isEqualTo("relative");
    }

    @Test
    void lessCommonSpeechVerbsAreCuesInEveryLanguage() {
        assertThat(speaker(top("Son avocate, Me Lucie Brenner, a plaidé que son client avait « tout risqué pour fuir ».",
                "fr").get(0)).name()).isEqualTo("Lucie Brenner");
        assertThat(speaker(top("« Personne ne croyait plus à la victoire », rétorque Hakim Soussi.", "fr").get(0))
                .name()).isEqualTo("Hakim Soussi");
        assertThat(speaker(top("\"Why would I go back?\" asked Daniel Okafor.", "en").get(0)).name())
                .isEqualTo("Daniel Okafor");
        assertThat(speaker(top("„Wir wurden belogen“, beteuerte Murat Keskin vor Gericht.", "de").get(0)).name())
                .isEqualTo("Murat Keskin");
        assertThat(speaker(top("«كنا مخدوعين»، كتبت فاطمة العلي في رسالة إلى عائلتها.", "ar").get(0)).name()).startsWith("فاطمة");
    }

    @Test
    void subjectPronounKeepsTheCurrentSpeakerOverANearerObject() {
        List<Quote> q = top("« On enterrait des frères chaque semaine », raconte Karim Z., un ancien combattant.\n\n"
                + "Deux jours plus tard, il a payé un passeur.\n\n"
                + "Il décrit un groupe qui perd pied. « Plus personne ne croyait à la victoire. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Z.");
    }

    @Test
    void definiteDescriptionContinuesTheUnnamedSpeakerOfThePreviousParagraph() {
        List<Quote> q = top("Ce jeune Tunisien a fui l'organisation. « L'émir m'a désigné », raconte-t-il.\n\n"
                + "Le jeune homme dit vouloir rentrer à Sfax. « Ma mère m'envoie des messages tous les jours. »", "fr");
        assertThat(speaker(q.get(1)).description()).isEqualTo("Ce jeune Tunisien");
        assertThat(speaker(q.get(1)).voice().label()).isEqualTo("defector");
    }

    @Test
    void aDescriptionFollowedByANameAndTitlesStandsForThatName() {
        List<Quote> q = top("The judge, Mrs Justice Harriet Langley, interrupted the defendant. "
                + "\"The jury needs to hear every word,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Harriet Langley");
    }

    @Test
    void thePersonAfterAPrepositionIsNoSubject() {
        List<Quote> q = top("\"I was never asked,\" said Imran Shafiq, a former fighter.\n\n"
                + "Asked by Simon Ashdown whether he had volunteered, Shafiq paused. \"My name was put on the list,\" he said.",
                "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Imran Shafiq");
    }

    @Test
    void quantifiersAreNoNamesAndPossessivesNoSpeakers() {
        Analysis a = TestPipelines.analyze("Several described being treated as \"second-class fighters\". "
                + "Forty percent of voters say Trump's comments were \"completely unacceptable\".", "en");
        assertThat(a.get(Layers.PERSONS)).extracting(e -> e.canonical()).doesNotContain("Several")
                .doesNotContain("Trump's");
        assertThat(QuoteAssertions.topLevel(a).get(1).attribution().speaker()).isNull();
    }

    @Test
    void aRoleBeforeATitleAndANameGivesTheRole() {
        Analysis a = TestPipelines.analyze("« Il a fui », a plaidé son avocat, Me Pieter Van Damme, lundi.", "fr");
        assertThat(QuoteAssertions.person(a, "Pieter Van Damme").role()).isEqualTo("avocat");
    }

    @Test
    void aSurnameWithoutItsParticleIsTheSamePerson() {
        Analysis a = TestPipelines.analyze("Pieter de Wolff, the national coordinator, spoke first. "
                + "Wolff was blunt. \"They ran out of options,\" he said.", "en");
        assertThat(QuoteAssertions.person(a, "Pieter de Wolff").mentions()).extracting(m -> m.text()).contains("Wolff");
    }

    @Test
    void reflexiveVerbsAreCues() {
        List<Quote> q = top("« On mangeait mieux qu'ici », s'amuse Karim Ouazzani.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Ouazzani");
        assertThat(q.get(0).attribution().cue()).isNotNull();
    }

    @Test
    void aNamingPhraseGivesTheDescribedPersonTheirName() {
        List<Quote> q = top("The woman, identified only as Ilse B. under Dutch privacy rules, travelled to Raqqa in 2014. "
                + "\"Nobody asked us anything,\" she told the court.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ilse B.");
    }

    @Test
    void aPersonWhoGaveOnlyTheirFirstNameIsNamedByIt() {
        List<Quote> q = top("A 26-year-old Tunisian who asked not to be named counts the days. \"It has been eleven,\""
                + " he said.\n\nThe smuggler, who gave only his first name, Mahmoud, said business had changed."
                + " \"Now I'm taking them out,\" he told Reuters.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mahmoud");
    }

    @Test
    void theUnnamedPersonOfALeadIsTheOneNamedAtTheHeadOfTheNextParagraph() {
        List<Quote> q = top("A Belgian returnee on trial in Brussels told judges on Tuesday that \"nobody came out the same.\"\n\n"
                + "Yassin O., 27, from Vilvoorde, said he was held for three weeks.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yassin O.");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("returnee");
    }

    @Test
    void theFirstFittingSubjectOfTheParagraphIsItsTopic() {
        List<Quote> q = top("« Il a fait un vrai chemin », dit Karim Z., un ancien combattant.\n\n"
                + "Aujourd'hui, Karim Z. suit un programme. Sa conseillère, Sophie Kientz, l'observe. "
                + "« Beaucoup sont revenus par calcul », estime-t-elle.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sophie Kientz");
    }

    @Test
    void aQuoteParagraphAfterAParagraphWithoutQuotesGoesToItsSubject() {
        List<Quote> q = top("« On ne démissionne pas, on meurt », dit Karim Ouazzani, un revenant.\n\n"
                + "Et s'il avait été désigné pour une opération suicide ? Karim Ouazzani hésite longtemps.\n\n"
                + "« Je préfère ne pas y penser. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Ouazzani");
        assertThat(q.get(1).attribution()).isInstanceOf(Attribution.Contextual.class);
    }

    @Test
    void arabicSpeakerFollowsTheVerbAndTheAccusedIsAReturnee() {
        List<Quote> q = top("مثل شاب تونسي عائد من سوريا أمام المحكمة.\n\n"
                + "وقال المتهم أمام القاضي «وجدت أمراء يسرقون الغنائم ويعيشون في القصور».", "ar");
        assertThat(speaker(q.get(0)).description()).isEqualTo("المتهم");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("returnee");
    }

    @Test
    void aDescriptionThatSaysNothingOfWhoStandsForTheParagraphsUnnamedSpeaker() {
        List<Quote> q = top("Ein Rückkehrer aus Bremen schildert die letzten Monate in Rakka. "
                + "„Wir hatten nichts mehr zu essen“, sagte der 27-Jährige dem Sender.", "de");
        assertThat(speaker(q.get(0)).description()).isEqualTo("Ein Rückkehrer");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("returnee");
    }

    @Test
    void anOfficialAskingIsNotTheOneWhoAnswers() {
        List<Quote> q = top("Die Vorsitzende Richterin fragte, warum er nicht früher gegangen sei. "
                + "„Weil ich Angst hatte“, antwortete der Angeklagte.", "de");
        assertThat(speaker(q.get(0)).description()).isEqualTo("der Angeklagte");
    }

    @Test
    void aFormerFighterBackHomeIsAReturneeEvenAfterFleeingThroughTurkey() {
        List<Quote> q = top("Ein Aussteiger, der im Sommer über die Türkei nach Deutschland zurückgekehrt ist, "
                + "beschreibt die letzten Monate. „Die Emire sagten, der Sieg sei nahe“, sagte er.", "de");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("returnee");
    }

    @Test
    void anUnnamedPersonIsTheOneALaterDescriptionOfTheSameNounNames() {
        List<Quote> q = top("Prosecutors charged a 25-year-old woman on Thursday, as she told a court the caliphate had been "
                + "\"a prison for foreign women\".\n\n"
                + "The woman, identified only as Ilse B. under Dutch privacy rules, travelled to Raqqa in 2014.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ilse B.");
    }

    @Test
    void thePersonAfterAPassiveCueIsNotTheSpeaker() {
        List<Quote> q = top("« J'étais chauffeur », a expliqué Mehdi Benali, un revenant.\n\n"
                + "Interrogé par le président sur les exécutions, Mehdi Benali a baissé la tête. « Je les ai vues. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mehdi Benali");
    }

    @Test
    void reportedSpeechWithoutCueContinuesTheSpeakerOfItsParagraph() {
        List<Quote> q = top("Er habe in Rakka als Wachmann gearbeitet, berichtete Kerem Tas. "
                + "Die Kommandeure hätten „wie Könige gelebt“, während die Kämpfer hungerten.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Kerem Tas");
    }

    @Test
    void aDescriptionRightBeforeANameStandsForIt() {
        List<Quote> q = top("Seine Schwester Aylin T. sagte als Zeugin aus. „Er wollte nach Hause“, sagte sie.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Aylin T.");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("relative");
    }

    @Test
    void anAnswerAfterAnInterviewQuestionGoesToTheInterviewee() {
        List<Quote> q = top("Il s'appelle Yacine, il a 25 ans. Nous l'avons rencontré à Bobigny.\n\n"
                + "Pourquoi êtes-vous parti ?\n\n« Je voulais aider les Syriens. »\n\n"
                + "Qu'avez-vous trouvé ?\n\n« Des chefs qui volaient tout. »", "fr");
        assertThat(q).extracting(x -> speaker(x) == null ? null : speaker(x).name()).containsExactly("Yacine", "Yacine");
    }

    @Test
    void theNarrativeInfinitiveContinuesTheSpeaker() {
        List<Quote> q = top("« Je voulais aider », raconte Yacine Amri, un revenant.\n\n"
                + "Et d'ajouter, après un silence : « J'ai honte d'y avoir cru. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yacine Amri");
    }

    @Test
    void aFateTwoCommasAfterTheNameGivesTheVoice() {
        List<Quote> q = top("« On nous promettait le paradis, on a eu la faim », confie Abdel, 30 ans, "
                + "parti en 2014 et rentré en 2017.", "fr");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("returnee");
    }

    @Test
    void sourcesAndRapporteursSpeakAsOfficials() {
        assertThat(speaker(top("« Nous suivons chaque retour », assure une source proche du dossier.", "fr").get(0))
                .voice().label()).isEqualTo("official");
        assertThat(speaker(top("\"The state must take them back,\" said Fionnuala Ni Aolain, the UN special rapporteur.",
                "en").get(0)).voice().label()).isEqualTo("official");
    }

    @Test
    void federalProsecutorsAreOfficialsAndFleeingMakesAFormerFighter() {
        assertThat(speaker(top("„Sie müssen sich verantworten“, sagte Bundesanwalt Peter Frank.", "de").get(0))
                .voice().label()).isEqualTo("official");
        assertThat(speaker(top("„Ich habe Menschen sterben sehen“, erzählt Deniz Arslan, der 2016 aus Syrien floh.", "de")
                .get(0)).voice().label()).isEqualTo("defector");
    }

    @Test
    void everyRoleOfASpeakersQuotesCountsAndAnotherSpeakersWordsDoNot() {
        List<Quote> q = top("Erkan Sahin soll sich 2015 dem IS angeschlossen haben.\n\n"
                + "„Ich bin wegen der Bilder gegangen“, sagte der 29-Jährige.\n\n"
                + "„Wir haben auf Rebellen geschossen“, antwortete der Angeklagte.\n\n"
                + "Ein Beamter des Bundeskriminalamts sagte, Erkan Sahin habe ausgesagt.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Erkan Sahin");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("returnee");
    }

    @Test
    void aPossessiveNounBeforeAColonAnnouncesItsOwnersWords() {
        List<Quote> q = top("Die Politologin Laura Imhof hat mit zwölf Rückkehrern gesprochen. "
                + "Ihr Befund: „Die Enttäuschung kam schneller als die Angst.“", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Laura Imhof");
    }

    @Test
    void aRelativeClauseAfterARoleSpeaksOfOthers() {
        List<Quote> q = top("Mohammed al-Hassan, an activist who helps defectors cross, put it bluntly: "
                + "\"They are running from a sinking ship.\"", "en");
        assertThat(speaker(q.get(0)).voice().label()).isEqualTo("other");
    }
}
