package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.pipeline.Layers;

/** National police forces, courts and agencies named in full carry the country of their seat. */
class NationalAgencyCountryTest {

    private static List<String> organisations(String text, String lang) {
        return Articles.analyze(text, lang, LocalDate.of(2019, 5, 1)).get(Layers.ORGANIZATIONS).stream()
                .map(e -> e.mentions().get(0).text() + (e.country() == null ? "" : " [" + e.country() + "]")).toList();
    }

    @Test
    void aPoliceForceWhoseAcronymTheTextDefinesKeepsItsCountry() {
        assertThat(organisations("Officers of the Australian Federal Police (AFP) arrested two men in Perth.", "en"))
                .contains("Australian Federal Police [AU]");
    }

    @Test
    void aFederalCourtInFrenchIsSwiss() {
        assertThat(organisations("Le Tribunal pénal fédéral a rendu son jugement mardi.", "fr"))
                .contains("Tribunal pénal fédéral [CH]");
    }
}
