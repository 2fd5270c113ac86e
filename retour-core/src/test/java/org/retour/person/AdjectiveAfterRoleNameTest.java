package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A role noun with the adjectives French writes after it, then a comma, names the unknown person apposed to it. */
class AdjectiveAfterRoleNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aRoleAndItsAdjectiveBeforeACommaMakeAPersonOfAnUnknownName() {
        List<Entity> p = persons("Le juge fédéral, Gion Caflisch, a lu la décision lundi.", "fr");
        assertThat(p).extracting(Entity::canonical).containsExactly("Gion Caflisch");
    }

    @Test
    void aVerbBeforeTheCommaMakesNoPersonOfAPlace() {
        List<Entity> p = persons("Le juge est parti, Val Müstair attendra.", "fr");
        assertThat(p).isEmpty();
    }
}
