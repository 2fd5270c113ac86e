package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * French evidence that a name no lexicon lists names a person: a stressed pronoun set off after it, an age
 * stated after a single name, a description with an age in apposition, and a full name written twice; and a
 * capitalised noun after « un » or « une », which names no one.
 */
class UnlistedNameEvidenceTest {

    private static List<String> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aStressedPronounSetOffAfterANameMakesItAPersonAndItsSpeakerFollows() {
        String text = "Gwenvaël Morvanec, lui, a écouté. « Ils ne sont pas tous pareils », dit-il.";
        Analysis doc = TestPipelines.analyze(text, "fr");
        assertThat(doc.get(Layers.PERSONS)).extracting(Entity::canonical).containsExactly("Gwenvaël Morvanec");
        Quote q = doc.get(Layers.QUOTES).get(0);
        assertThat(q.attribution().speaker().name()).isEqualTo("Gwenvaël Morvanec");
        assertThat(persons("Ysolde, elle, regarde sa montre.", "fr")).containsExactly("Ysolde");
    }

    @Test
    void aStressedPronounAfterANounOrAPluralPronounMakesNoPerson() {
        assertThat(persons("La Tunisienne, elle, ne veut pas entendre parler de repentir.", "fr")).isEmpty();
        assertThat(persons("Les Ombelines, eux, sont restés.", "fr")).isEmpty();
        assertThat(persons("Le syndicaliste, lui, ne croit guère aux regrets affichés.", "fr")).isEmpty();
    }

    @Test
    void aSingleUnlistedNameWithAStatedAgeIsAPerson() {
        assertThat(persons("Fodil a 24 ans, un fusil en bandoulière et un foulard vert.", "fr")).containsExactly("Fodil");
    }

    @Test
    void aDescriptionWithAnAgeInAppositionMakesAPersonAfterAFrontedPhraseOrASentenceStart() {
        assertThat(persons("Près de la gare routière de Gaziantep, Wassilatou, une Algérienne de 27 ans, attend un "
                + "passeur.", "fr")).containsExactly("Wassilatou");
        assertThat(persons("Sa voisine s'approche. Azilis, une Belge de Molenbeek, 27 ans, veut parler.", "fr"))
                .containsExactly("Azilis");
        assertThat(persons("Le tribunal a entendu un ressortissant marocain de 34 ans, Fodil Ayoubi, rentré de "
                + "Syrie en 2019.", "fr")).containsExactly("Fodil Ayoubi");
        assertThat(persons("À 25 ans, Gwenvaël Morvanec a passé trois ans en Syrie.", "fr"))
                .containsExactly("Gwenvaël Morvanec");
        assertThat(persons("À 25 ans, Marseille a changé.", "fr")).isEmpty();
    }

    @Test
    void aCapitalisedNounAfterAnIndefiniteArticleNamesNoOne() {
        assertThat(persons("Maëline, une Belge de Molenbeek, 27 ans, veut parler.", "fr"))
                .doesNotContain("Belge de Molenbeek");
        assertThat(persons("Une voisine, une Belge de Schaerbeek, 27 ans, veut parler.", "fr")).isEmpty();
    }

    @Test
    void wordsAreCountedAsWholeWordsApartFromEachOther() {
        assertThat(NameEvidence.hasWord("Alice Ali et Ali", "Ali", 2)).isTrue();
        assertThat(NameEvidence.hasWord("Alice Alix et Ali", "Ali", 2)).isFalse();
        // an occurrence that starts inside a longer word's mismatch still counts
        assertThat(NameEvidence.hasWord("Abc Abc Ab.", "Abc Ab", 1)).isTrue();
        assertThat(NameEvidence.hasWord("Ab Ab Ab", "Ab Ab", 2)).isFalse();
    }

    @Test
    void aFullNameWrittenTwiceIsAPersonInFrenchButNotInEnglish() {
        String fr = "Ombeline Kervadec a les mains qui ne tiennent pas en place. Dans le tram qui la ramène, "
                + "Ombeline Kervadec regarde les façades.";
        List<Entity> p = TestPipelines.analyze(fr, "fr").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Ombeline Kervadec");
        Mention second = p.get(0).mentions().get(1);
        assertThat(fr.substring(second.span().start(), second.span().end())).isEqualTo("Ombeline Kervadec");
        assertThat(persons("Steppe Dialogue published the study. Steppe Dialogue is based in Almaty.", "en")).isEmpty();
        assertThat(persons("Ombeline Kervadec a les mains qui tremblent.", "fr")).isEmpty();
    }

    @Test
    void aSingleNameThatSpeaksLaterIsThePersonWhereItOpensAnEarlierClause() {
        String text = "PRISTINA — Zorbek sells phone cases near the station. He is 30.\n\n"
                + "\"I cleaned weapons for other people,\" he says.\n\nThat was when, Zorbek says, he began to hear.";
        Analysis doc = TestPipelines.analyze(text, "en");
        assertThat(doc.get(Layers.PERSONS)).extracting(Entity::canonical).containsExactly("Zorbek");
        assertThat(doc.get(Layers.PERSONS).get(0).mentions().get(0).span().start()).isEqualTo(text.indexOf("Zorbek"));
        assertThat(doc.get(Layers.QUOTES).get(0).attribution().speaker().name()).isEqualTo("Zorbek");
    }

    @Test
    void aSingleWordThatSpeaksLaterNamesNoOneAsTheObjectOfAVerbBeforeIt() {
        String text = "A woman who came back told Gazetta she had cooked for the fighters.\n\n"
                + "Gazetta reported that the police had questioned her.";
        List<Entity> p = TestPipelines.analyze(text, "en").get(Layers.PERSONS);
        assertThat(p).allSatisfy(e -> assertThat(e.mentions()).noneMatch(
                m -> m.span().start() == text.indexOf("Gazetta")));
    }

    @Test
    void aTitleSaidOfMenAndWomenAlikeGivesARoleButNoGender() {
        String text = "Me Zorla Hoffbauer a pris la parole. « Mon client regrette », a-t-elle lancé.";
        Analysis doc = TestPipelines.analyze(text, "fr");
        assertThat(doc.get(Layers.PERSONS)).extracting(Entity::canonical, Entity::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Zorla Hoffbauer", "avocat"));
        assertThat(doc.get(Layers.QUOTES).get(0).attribution().speaker().name()).isEqualTo("Zorla Hoffbauer");
    }

    @Test
    void aNameSetOffAfterALongRoleAndItsBracketedAcronymIsAPerson() {
        String fr = "Pour le directeur de l'Organe de coordination pour l'analyse de la menace (OCAM), Zorvan Kerhervé, "
                + "les retours s'expliquent par la défaite.";
        assertThat(TestPipelines.analyze(fr, "fr").get(Layers.PERSONS)).extracting(Entity::canonical, Entity::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Zorvan Kerhervé",
                        "directeur de l'Organe de coordination pour l'analyse de la menace (OCAM)"));
        assertThat(persons("For the director of the Coordination Unit for Threat Analysis of the federal state (OCAM), "
                + "Zorvan Kerherve, the returns are explained by defeat.", "en")).containsExactly("Zorvan Kerherve");
        assertThat(persons("Le responsable kurde de la prison, Zorvan Kerhervé, déplore le manque de moyens.", "fr"))
                .containsExactly("Zorvan Kerhervé"); // one adjective between the role's noun and its complement
        // a place set off there is no one
        assertThat(persons("Le directeur de l'Organe de coordination pour l'analyse de la menace (OCAM), "
                + "Saint-Josse-ten-Noode, reste un cas à part.", "fr")).isEmpty();
    }

    @Test
    void aFullNameWithAnIndefiniteAppositionIsAPersonEvenOpeningItsSentence() {
        assertThat(persons("Zorvan Kerherve, a former police officer, says the risk is low.", "en"))
                .containsExactly("Zorvan Kerherve");
        assertThat(persons("Zorvan Kerhervé, un ancien policier, estime que le risque est faible.", "fr"))
                .containsExactly("Zorvan Kerhervé");
        assertThat(persons("I met Zorbek, a Belgian of Moroccan descent, in Brussels.", "en")).containsExactly("Zorbek");
        // a people as an adjective, or a people after an indefinite article, names no one
        assertThat(persons("This is a transcript of Northlines, a weekly podcast on Canadian foreign policy.", "en"))
                .isEmpty();
        assertThat(persons("Here we were not brothers. An Indian, a Lankan, a Maldivian, for them it was the same.", "en"))
                .isEmpty();
        // a single word opening its sentence may be any word
        assertThat(persons("Yesterday, a former fighter, who asked not to be named, spoke.", "en")).isEmpty();
    }

    @Test
    void anAgeGivenWithWhenAfterANameMakesItAPerson() {
        assertThat(persons("Zorla Sadykova was 24 when she followed her husband to Syria.", "en"))
                .containsExactly("Zorla Sadykova");
        assertThat(persons("Zorla Sadykova was 24 years old in 2015.", "en")).containsExactly("Zorla Sadykova");
        assertThat(persons("Chapter Four was 24 pages long.", "en")).isEmpty();
    }
}
