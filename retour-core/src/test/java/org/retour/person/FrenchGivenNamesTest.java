package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** Given names common in France and Quebec (Jérémie, Réjean, Ginette) open a name with no verb of speech after it. */
class FrenchGivenNamesTest {

    @Test
    void quebecGivenNamesOpenNames() {
        List<Entity> p = TestPipelines.analyze("Jérémie Gagnon avait 22 ans quand il a quitté Trois-Rivières, aux côtés"
                + " de Réjean Gagnon et de Ginette Gagnon.", "fr").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).contains("Jérémie Gagnon", "Réjean Gagnon", "Ginette Gagnon");
    }
}
