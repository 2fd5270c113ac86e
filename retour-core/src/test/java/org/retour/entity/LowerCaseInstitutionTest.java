package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.pipeline.Layers;

/** Institutions written without a capital the shape rules see: "ministère de l'intérieur", "foreign ministry", Arabic ministries. */
class LowerCaseInstitutionTest {

    private static List<String> organisations(String text, String lang) {
        return Articles.analyze(text, lang, LocalDate.of(2019, 3, 1)).get(Layers.ORGANIZATIONS).stream()
                .map(e -> e.mentions().get(0).text() + " = " + e.canonical() + (e.country() == null ? "" : " [" + e.country() + "]"))
                .toList();
    }

    @Test
    void aLowerCaseMinistryListedInTheAliasTableIsThatOrganisation() {
        assertThat(organisations("Interrogé, le ministère de l'intérieur indique que la situation est suivie.", "fr"))
                .containsExactly("ministère de l'intérieur = Ministère de l'Intérieur [FR]");
    }

    @Test
    void aPossessivePlaceBeforeTheMinistrySeatsIt() {
        assertThat(organisations("Turkey's foreign ministry said last month that 3,000 people had been deported.", "en"))
                .containsExactly("foreign ministry = foreign ministry [TR]");
    }

    @Test
    void anArabicDemonymAfterTheMinistryBelongsToItsName() {
        assertThat(organisations("وبحسب بيان لوزارة الهجرة العراقية، فإن العائلات عادت.", "ar"))
                .containsExactly("وزارة الهجرة العراقية = وزارة الهجرة العراقية [IQ]");
        assertThat(organisations("قال المتحدث باسم وزارة الداخلية التونسية إن العائدين كثر.", "ar"))
                .containsExactly("وزارة الداخلية التونسية = وزارة الداخلية التونسية [TN]");
    }

    @Test
    void aGenericMinistryIsNoOrganisation() {
        assertThat(organisations("Un ministère a réagi; le ministère de la culture aussi.", "fr")).isEmpty();
        assertThat(organisations("The ministry said nothing about it.", "en")).isEmpty();
    }

    @Test
    void aNameCountsOnlyInItsLanguage() {
        assertThat(organisations("He spoke of the ministère de l'intérieur in his report.", "en")).isEmpty();
    }
}
