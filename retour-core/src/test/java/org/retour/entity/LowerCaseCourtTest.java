package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.entity.Articles.organisationMentions;

import org.junit.jupiter.api.Test;

/** « cour » in lower case is a court of justice only with its kind (« cour d'appel »), not a yard (« la cour carrelée »). */
class LowerCaseCourtTest {


    @Test
    void aYardIsNoCourt() {
        assertThat(organisationMentions("Les enfants jouent dans la cour carrelée de la maison familiale.", "fr"))
                .isEmpty();
        assertThat(organisationMentions("Il a été exécuté dans la cour d'un ancien stade de Raqqa.", "fr"))
                .isEmpty();
    }

    @Test
    void aCourtWithItsKindIsAnInstitution() {
        assertThat(organisationMentions("La cour d'appel de Paris a confirmé la peine.", "fr"))
                .containsExactly("cour d'appel de Paris");
        assertThat(organisationMentions("La cour d'assises spéciale de Paris a condamné trois hommes.", "fr"))
                .containsExactly("cour d'assises spéciale de Paris");
    }
}
