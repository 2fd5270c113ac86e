package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;

/** An acronym whose letters spell an organisation the text named before it is that organisation. */
class SpelledAcronymTest {

    private static List<Entity> organisations(String text) {
        return Articles.analyze(text, "en", LocalDate.of(2021, 3, 1)).get(Layers.ORGANIZATIONS);
    }

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void anAcronymTheTableKnowsAsAnotherIsThePoliceForceNamedBefore() {
        List<Entity> orgs = organisations("The Australian Federal Police confirmed the arrest in Sydney on Monday. "
                + "\"We acted on a tip,\" the AFP said.");
        assertThat(orgs).extracting(Entity::canonical).containsExactly("Australian Federal Police");
        assertThat(mentions(orgs.get(0))).containsExactly("Australian Federal Police", "AFP");
    }

    @Test
    void theNewsAgencyStaysItselfWhenNoSuchNameCameBefore() {
        List<Entity> orgs = organisations("Police in Sydney arrested two men, the AFP news agency reported.");
        assertThat(orgs).extracting(Entity::canonical).contains("Agence France-Presse");
    }

    @Test
    void anUnknownAcronymIsTheOfficeNamedBefore() {
        List<Entity> orgs = organisations("The Government Accountability Office counted 40 cases. The GAO found delays.");
        Entity office = Articles.entity(orgs, "Government Accountability Office");
        assertThat(mentions(office)).contains("GAO");
    }
}
