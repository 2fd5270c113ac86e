package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A given name alone that the place stage reads as a place ("à Maurice", the island) names no person. */
class PlaceAsLoneGivenNameTest {

    private static List<Entity> persons(String text) {
        return TestPipelines.analyze(text, "fr").get(Layers.PERSONS);
    }

    @Test
    void aGivenNameAfterAPlacePrepositionIsThePlace() {
        assertThat(persons("Revenu à Maurice au printemps, Karim Bhunnoo vit chez ses parents."))
                .extracting(Entity::canonical).containsExactly("Karim Bhunnoo");
    }

    @Test
    void theSameGivenNameAsASubjectIsAPerson() {
        assertThat(persons("Maurice Lefèvre a longtemps hésité. Maurice raconte ses doutes."))
                .extracting(Entity::canonical).containsExactly("Maurice Lefèvre");
    }
}
