package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/** Institutions found by their shape: French names that go on in lower case, German courts named after their city. */
class InstitutionNameTest {

    private static List<String> organisations(String text) {
        return Articles.analyze(text, "fr", LocalDate.of(2018, 3, 1)).get(Layers.ORGANIZATIONS).stream()
                .map(e -> e.mentions().get(0).text() + (e.country() == null ? "" : " [" + e.country() + "]")).toList();
    }

    @Test
    void aCapitalisedHeadGoesOnThroughItsLowerCaseLinks() {
        assertThat(organisations("Elle enseigne à l'Institut d'études politiques de Lyon depuis 2015."))
                .contains("Institut d'études politiques de Lyon [FR]");
        assertThat(organisations("Le Centre de prévention des dérives sectaires liées à l'islam a fermé."))
                .contains("Centre de prévention des dérives sectaires liées à l'islam");
    }

    @Test
    void aVerbOrADateAfterTheNameIsNotPartOfIt() {
        assertThat(organisations("Le tribunal correctionnel de Lyon a condamné le jeune homme."))
                .containsExactly("tribunal correctionnel de Lyon [FR]");
        assertThat(organisations("Il sera jugé par la cour d'appel de Bruxelles à l'automne."))
                .containsExactly("cour d'appel de Bruxelles [BE]");
    }

    @Test
    void aLowerCaseHeadNeedsWhatMakesItOneInstitution() {
        assertThat(organisations("Le tribunal a condamné le prévenu; la préfecture a réagi.")).isEmpty();
        assertThat(organisations("Le parquet fédéral et la préfecture de Toulouse suivent le dossier."))
                .containsExactly("parquet fédéral", "préfecture de Toulouse [FR]");
    }

    @Test
    void theAccentlessVerbIsNoLink() {
        assertThat(organisations("Le Centre national a publié son rapport.")).noneMatch(s -> s.contains("publié"));
    }

    @Test
    void aVerbOfSpeechEndsTheNameWhateverItsEnding() {
        assertThat(organisations("Le parquet fédéral indique que l'enquête se poursuit."))
                .containsExactly("parquet fédéral");
        assertThat(organisations("Le Centre national de la recherche scientifique affirme que l'étude est close."))
                .containsExactly("Centre national de la recherche scientifique [FR]"); // the alias table seats it
        assertThat(organisations("La préfecture maritime précise que la zone reste fermée."))
                .containsExactly("préfecture maritime");
    }

    @Test
    void aCapitalisedPluralNounTakesTheAdjectivesThatAgreeWithIt() {
        assertThat(organisations("Hier, le ministère belge des Affaires étrangères a publié un avis."))
                .containsExactly("ministère belge des Affaires étrangères");
        assertThat(organisations("Le ministère des Affaires sociales a publié un décret."))
                .containsExactly("ministère des Affaires sociales");
        assertThat(organisations("Le tribunal correctionnel de Bruxelles jugera les prévenus mardi."))
                .containsExactly("tribunal correctionnel de Bruxelles [BE]");
    }

    @Test
    void otherLanguagesAreLeftAlone() {
        List<Entity> en = Articles.analyze("The tribunal correctionnel de Paris sentenced him.", "en",
                LocalDate.of(2018, 3, 1)).get(Layers.ORGANIZATIONS);
        assertThat(en).noneMatch(e -> e.canonical().startsWith("tribunal"));
    }

    @Test
    void aGermanCourtNamedAfterItsCityIsSeatedInItsCountry() {
        List<String> de = Articles.analyze("Der Prozess vor dem Oberlandesgericht Düsseldorf begann am Montag.", "de",
                LocalDate.of(2018, 3, 1)).get(Layers.ORGANIZATIONS).stream()
                .map(e -> e.canonical() + " [" + e.country() + "]").toList();
        assertThat(de).containsExactly("Oberlandesgericht Düsseldorf [DE]");
    }
}
