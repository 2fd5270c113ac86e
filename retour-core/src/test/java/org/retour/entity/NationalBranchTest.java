package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;

/** A country written right after an organisation's name names its national branch: the mention holds it. */
class NationalBranchTest {

    private static List<String> mentions(String text) {
        return Articles.analyze(text, "en", LocalDate.of(2023, 2, 1)).get(Layers.ORGANIZATIONS).stream()
                .flatMap(e -> e.mentions().stream()).map(Mention::text).toList();
    }

    @Test
    void theCountryAfterACharitysNameIsPartOfIt() {
        assertThat(mentions("Amnesty International Australia said in a statement that the men must be tried."))
                .containsExactly("Amnesty International Australia");
    }

    @Test
    void aCountryThatOpensAnotherNameStaysOut() {
        assertThat(mentions("Amnesty International Australia Day volunteers joined the march."))
                .containsExactly("Amnesty International");
    }

    @Test
    void theBranchIsTheSameOrganisation() {
        List<Entity> orgs = Articles.analyze("Amnesty International called for trials. Amnesty International UK agreed.",
                "en", LocalDate.of(2023, 2, 1)).get(Layers.ORGANIZATIONS);
        assertThat(orgs).hasSize(1);
    }
}
