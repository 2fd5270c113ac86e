package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.entity.NameShapes;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A capitalised run that starts with a given name but holds an organisation word names an institution, no person. */
class InstitutionRunTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aUniversityNamedAfterAPersonIsNoPerson() {
        assertThat(persons("George Washington University's Program on Extremism counted 64 cases, said Lorenzo Vidino.",
                "en")).extracting(Entity::canonical).containsExactly("Lorenzo Vidino");
    }

    @Test
    void aPersonWhoseNameHoldsNoOrganisationWordStays() {
        assertThat(persons("George Washington spoke to the students of the university, said Amira Haddad.", "en"))
                .extracting(Entity::canonical).contains("George Washington", "Amira Haddad");
    }

    @Test
    void onlyACapitalisedOrganisationWordAfterTheFirstCounts() {
        InstitutionRuns runs = new InstitutionRuns(NameShapes.bundled());
        assertThat(runs.institution("Jean Moulin Institute")).isTrue();
        assertThat(runs.institution("Université de Genève")).isFalse(); // its first word is the run's start
        assertThat(runs.institution("Karim Center")).isTrue();
        assertThat(runs.institution("Karim center")).isFalse();
        assertThat(runs.institution(null)).isFalse();
    }
}
