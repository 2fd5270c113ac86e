package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** An English run of capitalised words right before a person noun ("a 27-year-old Mitchells Plain woman") qualifies it and names nobody. */
class PlaceBeforePersonNounTest {

    private static List<Entity> persons(String text) {
        return TestPipelines.analyze(text, "en").get(Layers.PERSONS);
    }

    @Test
    void anUnlistedTownBeforeAPersonNounIsNoName() {
        List<Entity> p = persons("Officers detained a 27-year-old Mitchells Plain woman at the airport on Sunday.");
        assertThat(p).isEmpty();
    }

    @Test
    void anAgeBeforeAnUnknownNameFollowedByAVerbStillNamesAPerson() {
        List<Entity> p = persons("Officers said the 27-year-old Nomvula Dlamini was detained at the airport on Sunday.");
        assertThat(p).extracting(Entity::canonical).containsExactly("Nomvula Dlamini");
    }
}
