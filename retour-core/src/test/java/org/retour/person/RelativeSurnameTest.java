package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A surname alone after a sentence-opening word joins the person named before with it. */
class RelativeSurnameTest {

    @Test
    void aSurnameAfterASentenceOpeningWordStillJoinsThePerson() {
        List<Entity> p = TestPipelines.analyze("Tariq Mahmood, 28, denies the charges. Yesterday Mahmood spoke again.",
                "en").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Tariq Mahmood");
    }
}
