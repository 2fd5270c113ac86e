package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.retour.entity.Articles;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/** The country of a person: from a demonym beside the name, where they come from, or a place in their role. */
class PersonCountryTest {

    private static String countryOf(String text, String lang, String name) {
        Entity e = Articles.entity(Articles.analyze(text, lang, LocalDate.of(2017, 3, 1)).get(Layers.PERSONS), name);
        assertThat(e).as(name).isNotNull();
        return e.country();
    }

    @Test
    void whereAPersonComesFromInTheAppositionGivesTheCountry() {
        assertThat(countryOf("Le procès s'est ouvert. Sofiane Amrani, 27 ans, originaire de Lunel, est jugé depuis "
                + "lundi.", "fr", "Sofiane Amrani")).isEqualTo("FR");
        assertThat(countryOf("The defendant, Harun Malik, 29, from Luton, denies the charges.", "en", "Harun Malik"))
                .isEqualTo("GB");
        assertThat(countryOf("Erik Lund, 33, a convert from Stockholm, was captured near Raqqa.", "en", "Erik Lund"))
                .isEqualTo("SE");
        assertThat(countryOf("Die Bundesanwaltschaft wirft Tarek B. aus Dinslaken die Mitgliedschaft im IS vor.", "de",
                "Tarek B.")).isEqualTo("DE");
    }

    @Test
    void aRelativeClauseSaysWhereTheyWentNotWhereTheyAreFrom() {
        assertThat(countryOf("Harun Malik, who returned from Syria last year, denies the charges.", "en",
                "Harun Malik")).isNull();
        assertThat(countryOf("Harun Malik, 29, spent a year in Raqqa. He came back from Syria in 2016.", "en",
                "Harun Malik")).isNull();
    }

    @Test
    void aPlaceInTheRoleGivesTheCountry() {
        assertThat(countryOf("Le procureur de la République de Paris, François Morel, a requis dix ans.", "fr",
                "François Morel")).isEqualTo("FR");
    }

    @Test
    void aDemonymBeforeTheNameStillWins() {
        assertThat(countryOf("Le Belge Yassin Ouali, originaire de Lunel, est jugé.", "fr", "Yassin Ouali"))
                .isEqualTo("BE");
    }
}
