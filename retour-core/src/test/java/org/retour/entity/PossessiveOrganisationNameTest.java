package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/** An English possessive bounds an organisation's name: the name without its "'s", its owner, or what a place owns. */
class PossessiveOrganisationNameTest {

    private static List<String> organisations(String text) {
        List<Entity> orgs = Articles.analyze(text, "en", LocalDate.of(2021, 5, 1)).get(Layers.ORGANIZATIONS);
        return orgs.stream().flatMap(e -> e.mentions().stream()).map(m -> m.text()).toList();
    }

    @Test
    void aNameEndingInAPossessiveLosesIt() {
        assertThat(organisations("Police Scotland's statement was brief.")).containsExactly("Police Scotland");
        assertThat(organisations("A spokesman for Police Scotland’s counter-terrorism unit declined to comment."))
                .containsExactly("Police Scotland");
    }

    @Test
    void anOrganisationThatOwnsAnotherIsTheName() {
        assertThat(organisations("Cardiff University's Crime and Security Research Institute published the study."))
                .containsExactly("Cardiff University");
    }

    @Test
    void aPlaceThatOwnsAnOrganisationIsNoPartOfItsName() {
        assertThat(organisations("Iraq's Supreme Judicial Council met on Sunday.")).containsExactly("Supreme Judicial Council");
    }

    @Test
    void aPossessiveInsideANameStays() {
        assertThat(organisations("He studied at King's College London.")).containsExactly("King's College London");
        assertThat(organisations("He studied at St John's College in Oxford.")).contains("St John's College");
    }
}
