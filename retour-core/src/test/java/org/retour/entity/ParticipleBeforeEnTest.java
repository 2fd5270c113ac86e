package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/**
 * A capitalised organisation word right before « en » opens a sentence as a participle (« Parti en Syrie en 2014, il
 * … »), not a name; « en » later in a name still links it.
 */
class ParticipleBeforeEnTest {

    private static List<String> organisations(String text) {
        List<Entity> orgs = Articles.analyze(text, "fr", LocalDate.of(2021, 5, 1)).get(Layers.ORGANIZATIONS);
        return orgs.stream().flatMap(e -> e.mentions().stream()).map(m -> m.text()).toList();
    }

    @Test
    void aParticipleBeforeEnIsNoParty() {
        assertThat(organisations("Parti en Syrie en 2014, il est rentré trois ans plus tard.")).isEmpty();
        assertThat(organisations("Parti en octobre, il a rejoint Raqqa.")).isEmpty();
    }

    @Test
    void aPartyNameStillGoesOnWithItsLinks() {
        assertThat(organisations("Le Parti de la justice a réagi.")).containsExactly("Parti de la justice");
    }

    @Test
    void enLaterInANameStillLinksIt() {
        assertThat(organisations("L'Institut de recherche en sciences sociales a publié une étude."))
                .containsExactly("Institut de recherche en sciences sociales");
    }
}
