package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * Roles that belong to someone else (a clause opened by a preposition or "selon"), speech nouns inside a
 * role, and a given name told before the full name.
 */
class SideClauseRoleTest {

    private static List<Entity> persons(String text, String lang) {
        Analysis a = TestPipelines.analyze(text, lang);
        return a.get(Layers.PERSONS);
    }

    private static Entity person(List<Entity> persons, String name) {
        return persons.stream().filter(e -> e.canonical().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + persons));
    }

    @Test
    void aRoleInAnOpeningPrepositionalClauseIsAnotherPersons() {
        List<Entity> p = persons("Ahmed Warsi, 26, pleaded guilty in May. In a letter to the judge, Warsi described how"
                + " his view of the group changed.", "en");
        assertThat(person(p, "Ahmed Warsi").role()).isNull();
    }

    @Test
    void aRoleInAClauseOpenedBySelonIsAnotherPersons() {
        List<Entity> p = persons("Rayan Selmi est rentré en 2018. Selon une source proche de l'enquête, Rayan Selmi est"
                + " un second couteau.", "fr");
        assertThat(person(p, "Rayan Selmi").role()).isNull();
    }

    @Test
    void theAgentOfAnOpeningParticipleIsAnotherPersonThanTheSubjectAfterTheComma() {
        assertThat(person(persons("Interrogé par le président, Karim Benali, 29 ans, a reconnu avoir combattu.", "fr"),
                "Karim Benali").role()).isNull();
        assertThat(person(persons("Questioned by the judge, Karim Benali, 29, admitted he had fought.", "en"),
                "Karim Benali").role()).isNull();
    }

    @Test
    void aNameInAppositionToTheAgentOfAnOpeningParticipleKeepsItsRole() {
        assertThat(person(persons("Interrogé par le président, Olivier Gautier, l'accusé a décrit son arrivée.", "fr"),
                "Olivier Gautier").role()).isEqualTo("président");
        assertThat(person(persons("Questioned by the prosecutor, Jonathan Reece, about the videos, the defendant said"
                + " he had filmed them.", "en"), "Jonathan Reece").role()).isEqualTo("prosecutor");
    }

    @Test
    void anApposedRoleWithinAClauseKeepsItsName() {
        List<Entity> p = persons("Selon la coordinatrice de l'association, Hélène Varga, la plupart des revenants se"
                + " taisent.", "fr");
        assertThat(person(p, "Hélène Varga").role()).isEqualTo("coordinatrice de l'association");
    }

    @Test
    void aSpeechNounAfterADeterminerStaysInsideTheRole() {
        List<Entity> p = persons("Le directeur de l'Office pour l'analyse de la menace (OAM), Pieter Claes, a jugé le"
                + " risque faible.", "fr");
        assertThat(person(p, "Pieter Claes").role()).isEqualTo("directeur de l'Office pour l'analyse de la menace (OAM)");
    }

    @Test
    void aGivenNameToldBeforeTheFullNameIsThatPerson() {
        List<Entity> p = persons("Sa mère garde ses lettres. Son fils Yanis, 28 ans, attend son procès. Selon l'enquête,"
                + " Yanis Ferhat a tenté de fuir.", "fr");
        Entity yanis = person(p, "Yanis Ferhat");
        assertThat(yanis.mentions()).extracting(Mention::text).contains("Yanis", "Yanis Ferhat");
        assertThat(yanis.mentions().get(0).text()).isEqualTo("Yanis");
        assertThat(p).extracting(Entity::canonical).doesNotContain("Yanis");
    }

    @Test
    void aGivenNameOpeningTwoFullNamesStaysApart() {
        List<Entity> p = persons("Karim a parlé le premier. Plus tard, Karim Ouazzani et Karim Benali sont arrivés.", "fr");
        assertThat(p).extracting(Entity::canonical).contains("Karim", "Karim Ouazzani", "Karim Benali");
    }

    @Test
    void aVerbRightBeforeTheNameEndsNoTitleInEnglishOrGerman() {
        assertThat(person(persons("Die Polizei nahm Ali K. am Flughafen fest.", "de"), "Ali K.").role()).isNull();
        assertThat(person(persons("The Home Office stripped Hamza Ali of his citizenship.", "en"), "Hamza Ali").role())
                .isNull();
        assertThat(person(persons("Former fighter Ali Khan spoke in Leeds.", "en"), "Ali Khan").role())
                .isEqualTo("Former fighter");
        assertThat(person(persons("Der Rückkehrer Jan K. sitzt in Haft.", "de"), "Jan K.").role()).isEqualTo("Rückkehrer");
    }
}
