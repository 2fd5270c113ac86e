package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** Two unknown capitalised words set off by a comma before « qui » are a person's name. */
class FrenchRelativeNameTest {

    private static List<String> persons(String text) {
        List<Entity> persons = TestPipelines.analyze(text, "fr").get(Layers.PERSONS);
        return persons.stream().map(Entity::canonical).toList();
    }

    @Test
    void anUnknownFullNameBeforeQuiIsAPerson() {
        assertThat(persons("Dans la rue, on se tait. Zorvan Fuchsberg, qui tient le tabac du coin depuis trente ans, "
                + "est plus indulgent.")).contains("Zorvan Fuchsberg");
    }

    @Test
    void oneWordOrAComplementBeforeQuiIsNoName() {
        assertThat(persons("Dans la rue, on se tait. Zorvan, qui tient le tabac du coin, est plus indulgent."))
                .doesNotContain("Zorvan");
        assertThat(persons("Il a grandi près de Porte Dorée, qui borde le bois de Vincennes.")).doesNotContain("Porte Dorée");
    }
}
