package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.entity.Articles.organisationMentions;

import org.junit.jupiter.api.Test;

/**
 * A capitalised organisation word right before « en » opens a sentence as a participle (« Parti en Syrie en 2014, il
 * … »), not a name; « en » later in a name still links it.
 */
class ParticipleBeforeEnTest {


    @Test
    void aParticipleBeforeEnIsNoParty() {
        assertThat(organisationMentions("Parti en Syrie en 2014, il est rentré trois ans plus tard.", "fr"))
                .isEmpty();
        assertThat(organisationMentions("Parti en octobre, il a rejoint Raqqa.", "fr")).isEmpty();
    }

    @Test
    void aPartyNameStillGoesOnWithItsLinks() {
        assertThat(organisationMentions("Le Parti de la justice a réagi.", "fr"))
                .containsExactly("Parti de la justice");
    }

    @Test
    void enLaterInANameStillLinksIt() {
        assertThat(organisationMentions("L'Institut de recherche en sciences sociales a publié une étude.", "fr"))
                .containsExactly("Institut de recherche en sciences sociales");
    }
}
