package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A given name alone refers to the one person of the document who has it. */
class GivenNameMentionTest {

    private static List<Entity> persons(String text, String lang) {
        Analysis a = TestPipelines.analyze(text, lang);
        return a.get(Layers.PERSONS);
    }

    @Test
    void givenNameAloneJoinsTheFullName() {
        List<Entity> p = persons("Amira Khoury left Raqqa in 2019. Amira speaks slowly about the camp.", "en");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).canonical()).isEqualTo("Amira Khoury");
        assertThat(p.get(0).mentions()).extracting(Mention::text).contains("Amira Khoury", "Amira");
    }

    @Test
    void unlistedGivenNameOfATwoWordNameJoinsTheFullNameToo() {
        List<Entity> p = persons("Issouf Sawadogo, 29 ans, a quitté le groupe en 2019. Issouf parle le premier.", "fr");
        Entity issouf = p.stream().filter(e -> e.canonical().equals("Issouf Sawadogo")).findFirst().orElseThrow();
        assertThat(issouf.mentions()).extracting(Mention::text).contains("Issouf Sawadogo", "Issouf");
        assertThat(p).extracting(Entity::canonical).doesNotContain("Issouf");
    }

    @Test
    void knownGivenNameAfterAnUnlistedOneIsTheSurname() {
        List<Entity> p = persons("The younger man, Akeem Joseph, spent three years in Syria. Joseph looks at the floor.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Akeem Joseph");
        assertThat(p.get(0).mentions()).extracting(Mention::text).contains("Akeem Joseph", "Joseph");
    }

    @Test
    void unlistedGivenNameBeforeAKnownSurnameIsAnotherPerson() {
        List<Entity> p = persons("Tariq Rahman, 31, denies the charges. Rahman said he went to Syria to bring his brother"
                + " back. Sabir Rahman, who is expected to give evidence next week, told police he never fired.", "en");
        assertThat(p).extracting(Entity::canonical).contains("Tariq Rahman", "Sabir Rahman");
    }

    @Test
    void unlistedNameAfterARoleAndItsComplementIsAPerson() {
        List<Entity> p = persons("Le coordonnateur du programme, Hamidou Zongo, explique que les deux hommes sont revenus.", "fr");
        assertThat(p).extracting(Entity::canonical).contains("Hamidou Zongo");
    }

    @Test
    void givenNameSharedByTwoPersonsJoinsNeither() {
        List<Entity> p = persons("Karim Ouazzani et Karim Benali sont rentrés. Karim a parlé le premier.", "fr");
        assertThat(p).extracting(Entity::canonical).contains("Karim Ouazzani", "Karim Benali");
        assertThat(p.stream().filter(e -> e.canonical().equals("Karim Ouazzani")).findFirst().orElseThrow()
                .mentions()).extracting(Mention::text).containsExactly("Karim Ouazzani");
    }

    @Test
    void descriptionWithAnElidedDeterminerIsAnUnnamedSpeaker() {
        Analysis a = TestPipelines.analyze("« Je pensais que c'était la vraie vie », a concédé l'accusée.", "fr");
        assertThat(a.get(Layers.QUOTES).get(0).attribution().speaker().description()).isEqualTo("l'accusée");
    }

    @Test
    void unlistedWordBeforeAKnownGivenNameIsTheGivenName() {
        List<Entity> p = persons("Zuleyka Mohammed keeps the curtains closed. She returned in March.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Zuleyka Mohammed");
    }

    @Test
    void commonWordAtASentenceStartIsNoGivenName() {
        List<Entity> p = persons("Yesterday Mohammed left the camp. He said yesterday was hard.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Mohammed");
    }

    @Test
    void lastWordOfAThreeWordNameJoinsTheFullName() {
        List<Entity> p = persons("Hassan Kamal Darwish was sentenced on Friday. The judge described Mr. Darwish as a danger.",
                "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Hassan Kamal Darwish");
        assertThat(p.get(0).mentions()).extracting(Mention::text).contains("Darwish");
    }

    @Test
    void placeWordBeforeASurnameWrittenAloneLaterIsAGivenName() {
        List<Entity> p = persons("Upstairs, Liban Abshir is explaining why he came home. Abshir, now 28, served four years.",
                "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Liban Abshir");
    }

    @Test
    void placeWordAfterAPrepositionIsNoGivenName() {
        List<Entity> p = persons("Ils sont partis au Liban Kessab en 2014. Kessab reste fermé.", "fr");
        assertThat(p).isEmpty();
    }

    @Test
    void theSecondGivenNameOfAThreeWordNameJoinsTheFullName() {
        List<Entity> p = persons("Muhammad Faizal Rahmat travelled to Syria in 2015. Faizal told investigators he had "
                + "grown disillusioned.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Muhammad Faizal Rahmat");
        assertThat(p.get(0).mentions()).extracting(Mention::text).contains("Faizal");
    }

    @Test
    void aSecondGivenNameTwoPersonsShareJoinsNeither() {
        List<Entity> p = persons("Muhammad Faizal Rahmat and Ahmad Faizal Osman travelled together. Faizal came back "
                + "first.", "en");
        assertThat(p).extracting(Entity::canonical).contains("Muhammad Faizal Rahmat", "Ahmad Faizal Osman");
        assertThat(p).filteredOn(e -> e.canonical().contains(" "))
                .allSatisfy(e -> assertThat(e.mentions()).extracting(Mention::text).doesNotContain("Faizal"));
    }

    @Test
    void madamBeforeAGivenNameIsTheWomanOfThatGivenName() {
        List<Entity> p = persons("His wife, Madam Nurul Huda Salleh, 33, read the letter aloud. \"It is his hand,\" "
                + "said Madam Nurul.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Nurul Huda Salleh");
    }
}
