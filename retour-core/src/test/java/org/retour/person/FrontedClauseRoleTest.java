package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A clause set before a sentence's subject, opened by a participle or a conjunction of time, names whom the subject
 * speaks to or who acts on them: its noun is not the role of the name after the comma.
 */
class FrontedClauseRoleTest {

    private static Entity person(String text, String lang, String name) {
        Analysis a = TestPipelines.analyze(text, lang);
        List<Entity> persons = a.get(Layers.PERSONS);
        return persons.stream().filter(e -> e.canonical().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + persons));
    }

    @Test
    void theAddresseeOfAnOpeningParticipleIsNoRoleOfTheSubject() {
        assertThat(person("Speaking to the judge, Malik Osman described the day he fled.", "en", "Malik Osman").role())
                .isNull();
        assertThat(person("Turning to the prosecutor, Malik Osman said he had never held a rifle.", "en", "Malik Osman")
                .role()).isNull();
        assertThat(person("Face à la présidente, Sofiane Belkacem a raconté son départ.", "fr", "Sofiane Belkacem")
                .role()).isNull();
        assertThat(person("S'adressant à la cour, Sofiane Belkacem a demandé pardon.", "fr", "Sofiane Belkacem").role())
                .isNull();
        assertThat(person("Se tournant vers l'avocat général, Sofiane Belkacem a haussé les épaules.", "fr",
                "Sofiane Belkacem").role()).isNull();
    }

    @Test
    void aClauseOfTimeBeforeTheSubjectGivesItNoRole() {
        assertThat(person("When the judge asked him why, Malik Osman looked at his mother.", "en", "Malik Osman").role())
                .isNull();
        assertThat(person("Lorsque la juge l'a interrogé, Sofiane Belkacem a baissé les yeux.", "fr", "Sofiane Belkacem")
                .role()).isNull();
    }

    @Test
    void aRoleThatOpensTheSentenceStaysTheSubjectsRole() {
        assertThat(person("Leading researcher Hanna Weiss said the numbers were small.", "en", "Hanna Weiss").role())
                .isEqualTo("Leading researcher");
        assertThat(person("Étudiant en droit, Sofiane Belkacem est parti en 2015.", "fr", "Sofiane Belkacem").role())
                .isEqualTo("Étudiant en droit");
    }

    @Test
    void aNameInAppositionAfterAParticipleClauseKeepsItsRole() {
        assertThat(person("Questioned by the prosecutor, Alan Pryce KC, about the phone, the defendant said nothing.",
                "en", "Alan Pryce").role()).isEqualTo("prosecutor");
    }
}
