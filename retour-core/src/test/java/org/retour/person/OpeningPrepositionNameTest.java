package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A capitalised preposition that opens a sentence is no part of the name after it (« Pour Léa Girardin, … »)
 * and makes no name of a place (« À Lyon, une source proche de l'enquête … »).
 */
class OpeningPrepositionNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aPlaceAfterAnOpeningPrepositionIsNoPerson() {
        List<Entity> p = persons("À Lyon, une source proche de l'enquête affirme que dix hommes sont rentrés.", "fr");
        assertThat(p).isEmpty();
    }

    @Test
    void theNameAfterAnOpeningPrepositionLeavesThePrepositionOut() {
        List<Entity> p = persons("Pour Léa Girardin, chercheuse à l'université de Lausanne, le retour reste rare.", "fr");
        assertThat(p).extracting(Entity::canonical).containsExactly("Léa Girardin");
    }
}
