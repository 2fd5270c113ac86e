package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.entity.Articles.organisationCanonicals;

import org.junit.jupiter.api.Test;

/** The spellings of house styles ("Isis", "Isil") and names that run past a participle are organisations of the table. */
class HouseStyleSpellingTest {

    @Test
    void isisInTitleCaseIsTheGroup() {
        assertThat(organisationCanonicals("Five men who left Isis between 2015 and 2017 were interviewed.", "en"))
                .containsExactly("Islamic State");
        assertThat(organisationCanonicals("He joined Isil in 2014.", "en")).containsExactly("Islamic State");
    }

    @Test
    void aCentreNamedWithAParticipleIsListed() {
        assertThat(organisationCanonicals("Le Centre de prévention de la radicalisation menant à la violence a ouvert en 2015.", "fr"))
                .containsExactly("Centre de prévention de la radicalisation menant à la violence");
    }
}
