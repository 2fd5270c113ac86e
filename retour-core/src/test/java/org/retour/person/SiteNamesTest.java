package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A capitalised run right after a French noun of a building, a street or a site names the site, not a person. */
class SiteNamesTest {

    @Test
    void aNameAfterASiteNounNamesTheSite() {
        assertThat(persons("Bruno Carrel, 58 ans, ancien ouvrier de l'usine Renault de Flins, se tait.",
                "fr")).containsExactly("Bruno Carrel");
        assertThat(persons("Elle a étudié au lycée Jean Moulin puis a prié à la mosquée Omar, près de la rue "
                + "Victor Hugo.", "fr")).isEmpty();
    }

    @Test
    void aSiteNameOpenedByAParticleNamesTheSite() {
        assertThat(persons("L'imam de la mosquée El Baraka, Abdelhak Mansouri, reçoit encore des familles.", "fr"))
                .containsExactly("Abdelhak Mansouri");
    }

    @Test
    void aNameAfterASiteNounWithNoArticleIsTheObjectOfTheVerb() {
        assertThat(persons("Le tribunal a condamné à dix ans de prison Rachid Nasri, un Lyonnais de 29 ans.", "fr"))
                .containsExactly("Rachid Nasri");
    }

    private static List<String> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }
}
