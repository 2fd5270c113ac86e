package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A given name inside a place that a lower-case word opens ("l'aéroport Mohammed V") belongs to the place:
 * no person; the same given name outside a place is still one.
 */
class PlaceNamedAfterPersonTest {

    @Test
    void aGivenNameInsideAnAirportNameIsNoPerson() {
        Analysis a = TestPipelines.analyze("Rentré par Istanbul, Nabil Chraïbi a été interpellé à l'aéroport Mohammed V"
                + " en mars. « On m'attendait », dit-il.", "fr");
        assertThat(a.get(Layers.PERSONS)).extracting(Entity::canonical).containsExactly("Nabil Chraïbi");
        assertThat(a.get(Layers.PLACES)).extracting(Entity::type).contains(EntityType.PLACE);
        assertThat(a.get(Layers.QUOTES).get(0).attribution().speaker().name()).isEqualTo("Nabil Chraïbi");
    }

    @Test
    void theSameGivenNameOutsideAPlaceIsStillAPerson() {
        List<Entity> p = TestPipelines.analyze("Mohammed Alaoui a été interpellé à l'aéroport en mars.", "fr")
                .get(Layers.PERSONS);
        assertThat(p).extracting(Entity::canonical).containsExactly("Mohammed Alaoui");
    }
}
