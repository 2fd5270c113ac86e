package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A given name told as someone's child, sibling, parent or spouse bears that person's surname. */
class KinSurnameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aDaughterAfterAPossessiveTakesHerMothersSurname() {
        List<Entity> p = persons("Monique Maquet vit au rythme des messages vocaux. Sa fille Aurélie, 34 ans, a quitté "
                + "Jambes pour la Syrie en 2015. Aurélie écrit peu.", "fr");
        assertThat(p).extracting(Entity::canonical).contains("Monique Maquet", "Aurélie Maquet").doesNotContain("Aurélie");
        Entity aurelie = p.stream().filter(e -> e.canonical().equals("Aurélie Maquet")).findFirst().orElseThrow();
        assertThat(aurelie.mentions()).extracting(Mention::text).containsExactly("Aurélie", "Aurélie");
    }

    @Test
    void aSonInTheSentenceOfHisFathersNameAndAModifiedSisterTakeItToo() {
        assertThat(persons("Hédi Jlassi garde la dernière photo de son fils, Aymen, prise en 2014.", "fr"))
                .extracting(Entity::canonical).contains("Aymen Jlassi");
        assertThat(persons("Hamza Dirani left in 2014. His older brother Bilal drove to the airport every month.", "en"))
                .extracting(Entity::canonical).contains("Bilal Dirani");
    }

    @Test
    void anEnglishGenitiveNamesTheOwnerBySurname() {
        assertThat(persons("Omar Aziz left in 2014. Aziz’s mother, Nasreen, 56, said he phoned in tears.", "en"))
                .extracting(Entity::canonical).contains("Omar Aziz", "Nasreen Aziz");
    }

    @Test
    void hisPassesOverAWomanToTheManNamedBefore() {
        List<Entity> p = persons("Declan Mulvey was arrested on Friday and Bernadette Mulvey wept. His sister, Ciara, "
                + "said little.", "en");
        assertThat(p).extracting(Entity::canonical).contains("Ciara Mulvey");
        List<Entity> q = persons("Declan Ward was arrested on Friday and Mary Byrne wept. His sister, Ciara, said little.",
                "en");
        assertThat(q).extracting(Entity::canonical).contains("Ciara Ward").doesNotContain("Ciara Byrne");
    }

    @Test
    void anOwnerToldByARoleOfTheirOwnPassesNothing() {
        List<Entity> p = persons("Son avocat, Me Paul Durand, plaide l'acquittement. Sa sœur aînée, Leïla, se tait.", "fr");
        assertThat(p).extracting(Entity::canonical).contains("Leïla").doesNotContain("Leïla Durand");
    }

    @Test
    void anOwnerNamedTwoSentencesBeforePassesTheSurnameWhenNoOneElseIsNamedInBetween() {
        assertThat(persons("Sur la table, Nadia Belkacem a aligné les enveloppes. Une trentaine de lettres, certaines "
                + "tapées à la machine. Toutes viennent de son frère Karim, 26 ans, détenu en Turquie.", "fr"))
                .extracting(Entity::canonical).contains("Karim Belkacem").doesNotContain("Karim");
        assertThat(persons("Monique Maquet attend. Le voisin, Paul Girard, passe souvent. Sa fille Aurélie écrit peu.", "fr"))
                .extracting(Entity::canonical).contains("Aurélie").doesNotContain("Aurélie Maquet");
        assertThat(persons("Monique Maquet attend. Le téléphone sonne rarement. La nuit tombe. Sa fille Aurélie écrit "
                + "peu.", "fr")).extracting(Entity::canonical).contains("Aurélie");
    }

    @Test
    void aKinNounOfANamedOwnerBeforeTheCommaPassesTheOwnersSurname() {
        assertThat(persons("Le téléphone de Salah Bouzid ne quitte pas la table. Le frère de Salah, Lakhdar, enseignant, "
                + "a écrit au ministère.", "fr")).extracting(Entity::canonical).contains("Lakhdar Bouzid");
        assertThat(persons("Le téléphone de Salah Bouzid ne quitte pas la table. Le collègue de Salah, Lakhdar, a écrit "
                + "au ministère.", "fr")).extracting(Entity::canonical).contains("Lakhdar").doesNotContain("Lakhdar Bouzid");
    }

    @Test
    void aPluralOwnerPassesNothing() {
        assertThat(persons("Tom Reed and Ann Reed waited. Their son, Jacob, came home in 2019.", "en"))
                .extracting(Entity::canonical).contains("Jacob");
    }

    @Test
    void aKinDescriptionOpeningAParagraphTakesTheSurnameOfThePersonOfThePreviousOne() {
        List<Entity> p = persons("The spare room in Fatima Haddad’s house has been painted twice. Her grandson asked for"
                + " green.\n\n“He wanted the colour of the football field,” Fatima says. “In the camp he drew everything"
                + " brown. Now it’s all green.”\n\nHer daughter, Rania, 31, arrived back in Melbourne last Saturday.", "en");
        assertThat(p).extracting(Entity::canonical).contains("Rania Haddad");
    }

    @Test
    void aGivenNameTheTextWritesWithASurnameKeepsThatSurname() {
        List<Entity> p = persons("Abdelkader Sahraoui est parti ramener son fils Nassim. Nassim Sahraoui est rentré en "
                + "2016.", "fr");
        assertThat(p).extracting(Entity::canonical).containsOnlyOnce("Nassim Sahraoui");
        assertThat(p.stream().filter(e -> e.canonical().equals("Nassim Sahraoui")).findFirst().orElseThrow().role())
                .isNull();
    }
}
