package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/** The spellings of house styles ("Isis", "Isil") and names that run past a participle are organisations of the table. */
class HouseStyleSpellingTest {

    private static List<String> canonicals(String text, String lang) {
        List<Entity> orgs = Articles.analyze(text, lang, LocalDate.of(2021, 5, 1)).get(Layers.ORGANIZATIONS);
        return orgs.stream().map(Entity::canonical).toList();
    }

    @Test
    void isisInTitleCaseIsTheGroup() {
        assertThat(canonicals("Five men who left Isis between 2015 and 2017 were interviewed.", "en"))
                .containsExactly("Islamic State");
        assertThat(canonicals("He joined Isil in 2014.", "en")).containsExactly("Islamic State");
    }

    @Test
    void aCentreNamedWithAParticipleIsListed() {
        assertThat(canonicals("Le Centre de prévention de la radicalisation menant à la violence a ouvert en 2015.", "fr"))
                .containsExactly("Centre de prévention de la radicalisation menant à la violence");
    }
}
