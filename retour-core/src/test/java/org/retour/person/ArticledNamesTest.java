package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A capitalised run right after a French definite article names a place or an institution, not a person. */
class ArticledNamesTest {

    private static List<String> persons(String text) {
        return TestPipelines.analyze(text, "fr").get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aGivenNameAfterAnArticleNamesAPlace() {
        assertThat(persons("Ils se retrouvent chaque mercredi à la maison de quartier de l'Alma. "
                + "Yacine Merzouk les y attend.")).containsExactly("Yacine Merzouk");
    }

    @Test
    void aCapitalisedInstitutionAfterAnArticleIsNoPerson() {
        assertThat(persons("Selon Hélène Garnier, chargée de mission à la Ville de Tourcoing, « rien n'a changé ».\n\n"
                + "Leïla Rahmani, animatrice dans les Minguettes, témoigne."))
                .containsExactly("Hélène Garnier", "Leïla Rahmani");
    }

    @Test
    void aTitleOrADemonymAfterTheArticleStillLeadsToAPerson() {
        assertThat(persons("Le Dr Karim Sefiani reçoit la Syrienne Amina Khalil à l'hôpital."))
                .containsExactly("Karim Sefiani", "Amina Khalil");
    }
}
