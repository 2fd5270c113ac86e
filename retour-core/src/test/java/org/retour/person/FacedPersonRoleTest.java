package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * The role walked back from a name stops at the person that name is, past another person a preposition of facing puts
 * before it (« l'accusé … face à la présidente de la cour, Hélène Marchetti »), but keeps an office tied by « auprès de »;
 * a possessive's kin noun before a name is its role (« le rapatriement de son fils Aymen »: « fils »), unless a person's
 * noun owns it (« l'avocat de sa mère, Me Paul Durand »).
 */
class FacedPersonRoleTest {

    private static Entity person(String text, String lang, String name) {
        List<Entity> persons = TestPipelines.analyze(text, lang).get(Layers.PERSONS);
        return persons.stream().filter(e -> e.canonical().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + persons));
    }

    @Test
    void theJudgeFacedByTheAccusedIsTheJudge() {
        assertThat(person("Karim Bensaïd, 31 ans, a parlé jeudi. « Je les avais vus dès le début », a reconnu l'accusé"
                + " d'une voix posée face à la présidente de la cour, Hélène Marchetti.", "fr", "Hélène Marchetti").role())
                .isEqualTo("présidente de la cour");
    }

    @Test
    void anOfficeBesideAnotherKeepsItsWholeRole() {
        assertThat(person("Le conseiller auprès du préfet, Jean Morel, a confirmé les chiffres.", "fr", "Jean Morel")
                .role()).isEqualTo("conseiller auprès du préfet");
    }

    @Test
    void aKinNounBehindAPossessiveIsTheRoleUnlessAPersonsNounOwnsIt() {
        String text = "Mbarka Hmidi a lancé un appel aux autorités pour le rapatriement de son fils Aymen, détenu depuis"
                + " 2017.\n\nL'avocat de sa mère, Me Paul Durand, plaide.";
        assertThat(person(text, "fr", "Aymen Hmidi").role()).isEqualTo("fils");
        assertThat(person(text, "fr", "Paul Durand").role()).isEqualTo("avocat de sa mère");
    }
}
