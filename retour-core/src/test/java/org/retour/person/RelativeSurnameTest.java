package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A relative in apposition who shares a surname is a person of their own, not the one named before. */
class RelativeSurnameTest {

    @Test
    void aSisterInAppositionWithTheSameSurnameIsAnotherPerson() {
        List<Entity> p = TestPipelines.analyze("Tariq Mahmood, 28, denies the charges.\n\nHis sister, Zubaida Mahmood,"
                + " told the court that he had called her.", "en").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).contains("Tariq Mahmood", "Zubaida Mahmood");
    }

    @Test
    void aSurnameAfterASentenceOpeningWordStillJoinsThePerson() {
        List<Entity> p = TestPipelines.analyze("Tariq Mahmood, 28, denies the charges. Yesterday Mahmood spoke again.",
                "en").get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Tariq Mahmood");
    }
}
