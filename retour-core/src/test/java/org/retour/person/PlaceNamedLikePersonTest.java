package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A run of capitalised words that a place or an organisation takes whole names that place or institution,
 * not a person, though it opens with a given name or a particle ("Abu Dhabi", "Abou Kamal", "Islamic
 * State"); a title the organisation stage reaches over before a name leaves the name a person.
 */
class PlaceNamedLikePersonTest {

    private static List<String> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void townsOpeningWithAParticleAreNoPersons() {
        assertThat(persons("Yanis Belkacem a vécu à Abu Dhabi puis à Abou Kamal. « J'avais peur », dit-il.", "fr"))
                .containsExactly("Yanis Belkacem");
    }

    @Test
    void aCityNamedLikeAPersonIsNoPerson() {
        assertThat(persons("Omar Haddad worked in Abu Dhabi before he joined the Islamic State group, his brother said.",
                "en")).containsExactly("Omar Haddad");
        assertThat(persons("Fighters were executed near Abu Kamal, Omar Haddad said.", "en")).containsExactly("Omar Haddad");
    }

    @Test
    void aGermanSentenceKeepsOnlyThePerson() {
        assertThat(persons("Jonas Weber wuchs in Tunis auf. Später lebte er in Abu Dhabi.", "de"))
                .containsExactly("Jonas Weber");
    }

    @Test
    void aTitleTheOrganisationTakesLeavesTheNameAPerson() {
        assertThat(persons("Deputy Commissioner of Police Nadia Baptiste said the men were watched.", "en"))
                .containsExactly("Nadia Baptiste");
    }
}
