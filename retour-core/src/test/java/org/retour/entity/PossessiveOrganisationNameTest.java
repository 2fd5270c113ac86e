package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.entity.Articles.organisationMentions;

import org.junit.jupiter.api.Test;

/** An English possessive bounds an organisation's name: the name without its "'s", its owner, or what a place owns. */
class PossessiveOrganisationNameTest {


    @Test
    void aNameEndingInAPossessiveLosesIt() {
        assertThat(organisationMentions("Police Scotland's statement was brief.", "en"))
                .containsExactly("Police Scotland");
        assertThat(organisationMentions("A spokesman for Police Scotland’s counter-terrorism unit declined to comment.", "en"))
                .containsExactly("Police Scotland");
    }

    @Test
    void anOrganisationThatOwnsAnotherIsTheName() {
        assertThat(organisationMentions("Cardiff University's Crime and Security Research Institute published the study.", "en"))
                .containsExactly("Cardiff University");
    }

    @Test
    void aPlaceThatOwnsAnOrganisationIsNoPartOfItsName() {
        assertThat(organisationMentions("Iraq's Supreme Judicial Council met on Sunday.", "en"))
                .containsExactly("Supreme Judicial Council");
    }

    @Test
    void aPossessiveInsideANameStays() {
        assertThat(organisationMentions("He studied at King's College London.", "en"))
                .containsExactly("King's College London");
        assertThat(organisationMentions("He studied at St John's College in Oxford.", "en"))
                .contains("St John's College");
    }
}
