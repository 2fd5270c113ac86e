package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A capitalised word the lexicon lacks before the surname of a person named in full is a relative's given
 * name; titles and honorifics before a surname ("Justice", « Monsieur ») are none.
 */
class UnlistedGivenNameOfKnownFamilyTest {

    private static List<String> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void anUnknownGivenNameBeforeAKnownSurnameIsARelative() {
        assertThat(persons("Her daughter, Amina Qoorsheel, studies nursing. She visits every week.\n\n"
                + "Ruqiya Qoorsheel folded the drawings back into the box.", "en")).contains("Ruqiya Qoorsheel");
    }

    @Test
    void aJudgesTitleBeforeAKnownSurnameIsNoGivenName() {
        assertThat(persons("The court heard from Daniel Hollis, a neighbour.\n\n"
                + "Justice Hollis will sentence him next month.", "en")).doesNotContain("Justice Hollis");
    }

    @Test
    void monsieurBeforeAKnownSurnameIsNoGivenName() {
        assertThat(persons("Karim Benaissa, 30 ans, comparaît depuis lundi.\n\n"
                + "Monsieur Benaissa n'a pas quitté le groupe.", "fr")).doesNotContain("Monsieur Benaissa");
    }
}
