package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** Nouns of school heads, deputies and the lower ranks head a role in apposition, and ranks are titles. */
class SchoolAndRankRoleTest {

    private static Entity person(String text, String name) {
        List<Entity> persons = TestPipelines.analyze(text, "fr").get(Layers.PERSONS);
        return persons.stream().filter(e -> e.canonical().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + persons));
    }

    @Test
    void aHeadteacherAndHerDeputyInAppositionHaveTheirRoles() {
        assertThat(person("La proviseure, Isabelle Vanhoutte, assure que le projet sera reconduit.", "Isabelle Vanhoutte")
                .role()).isEqualTo("proviseure");
        assertThat(person("Le proviseur adjoint, Éric Joubert, assume ce choix.", "Éric Joubert").role())
                .isEqualTo("proviseur adjoint");
        assertThat(person("C'est l'adjointe à la jeunesse, Nadia Bellil, qui a présenté le dossier.", "Nadia Bellil")
                .role()).isEqualTo("adjointe à la jeunesse");
    }

    @Test
    void aLowerRankBeforeTheNameIsATitle() {
        assertThat(person("Dans un courriel, sa porte-parole, la caporale Annie Tremblay, rappelle que tout est suivi.",
                "Annie Tremblay").role()).isNotNull();
        assertThat(person("« Rien », a indiqué la sergente Chantal Lavigne.", "Chantal Lavigne").role())
                .isEqualTo("sergente");
    }
}
