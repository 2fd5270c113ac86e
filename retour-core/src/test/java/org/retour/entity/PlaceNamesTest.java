package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Document;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;

/** The cities, regions and country names of the gazetteer, and the names that are places only in context. */
class PlaceNamesTest {

    private static List<Entity> places(String text, String lang) {
        return Articles.PLACES.analyze(Document.of(text).withLanguage(lang)).get(Layers.PLACES);
    }

    private static List<String> found(String text, String lang) {
        return places(text, lang).stream().map(e -> e.canonical() + "/" + e.country()).toList();
    }

    private static List<String> mentions(String text, String lang) {
        return places(text, lang).stream().flatMap(e -> e.mentions().stream()).map(Mention::text).toList();
    }

    @Test
    void citiesAndDepartmentsOfDeparturesAreFoundWithTheirCountry() {
        assertThat(found("Originaire de Montpellier, dans l'Hérault, il a vécu à Sfax puis à Charleroi.", "fr"))
                .containsExactly("Montpellier/FR", "Hérault/FR", "Sfax/TN", "Charleroi/BE");
        assertThat(found("Sie wuchs in Niedersachsen auf und lebte zuletzt in Hamburg-Harburg.", "de"))
                .containsExactly("Lower Saxony/DE", "Harburg/DE");
        assertThat(found("He grew up in Rotterdam, studied in the West Midlands and flew to Tangier.", "en"))
                .containsExactly("Rotterdam/NL", "West Midlands/GB", "Tangier/MA");
    }

    @Test
    void campsAndTownsOfTheConflictInFourLanguages() {
        assertThat(found("Elle a été transférée du camp de Roj à la prison de Ghweran, près de Hassaké.", "fr"))
                .containsExactly("Roj/SY", "Ghweran prison/SY", "Hasakah/SY");
        assertThat(found("نقلت النساء من مخيم الهول إلى الرقة ثم إلى البصرة", "ar"))
                .containsExactly("al-Hol/SY", "Raqqa/SY", "Basra/IQ");
        assertThat(found("Women held at al-Hol were moved near al-Bab and Mayadin.", "en"))
                .containsExactly("al-Hol/SY", "al-Bab/SY", "Mayadin/SY");
    }

    @Test
    void commonEnglishNamesOfCountriesAreCountries() {
        assertThat(found("Britain, Turkey and Holland sent them back to America and the Emirates.", "en"))
                .containsExactly("United Kingdom/GB", "Turkey/TR", "Netherlands/NL", "United States/US",
                        "United Arab Emirates/AE");
        assertThat(found("Talks between the U.K. and the Netherlands, then Great Britain and Türkiye.", "en"))
                .containsExactly("United Kingdom/GB", "Netherlands/NL", "Turkey/TR");
        assertThat(found("Er kehrte aus Großbritannien über die Türkei nach Bosnien zurück.", "de"))
                .containsExactly("United Kingdom/GB", "Turkey/TR", "Bosnia & Herzegovina/BA");
        assertThat(found("عاد من بريطانيا إلى أمريكا عبر الإمارات", "ar"))
                .containsExactly("United Kingdom/GB", "United States/US", "United Arab Emirates/AE");
    }

    @Test
    void datelinesInCapitalsArePlaces() {
        assertThat(found("MINNEAPOLIS (AP) — A Minnesota man was charged on Monday.", "en"))
                .containsExactly("Minneapolis/US", "Minnesota/US");
        assertThat(found("SYDNEY (Reuters) - Two women returned from Syria.", "en"))
                .containsExactly("Sydney/AU", "Syria/SY");
        assertThat(found("NANCY (AFP) - Le procès s'est ouvert lundi.", "fr")).containsExactly("Nancy/FR");
    }

    @Test
    void aGivenNameBeforeASurnameIsNoPlace() {
        assertThat(mentions("Nancy Morel est revenue de Syrie et vit aujourd'hui à Nancy.", "fr"))
                .containsExactly("Syrie", "Nancy");
        assertThat(mentions("Nancy Morel, 34, had lived in Florence before leaving.", "en"))
                .containsExactly("Florence");
        assertThat(found("Jordan Hale said he had travelled to Jordan and Chad.", "en"))
                .containsExactly("Jordan/JO", "Chad/TD");
    }

    @Test
    void ambiguousWordsAtTheStartOfASentenceAreNoPlaces() {
        assertThat(mentions("Reading the file, police learned he had lived in Reading and Bath.", "en"))
                .containsExactly("Reading", "Bath");
        assertThat(places("Reading the file, police learned he had lived in Reading and Bath.", "en").get(0)
                .mentions().get(0).span().start()).isGreaterThan(30);
        assertThat(mentions("Nice to see you, said the officer who had worked in Nice.", "en")).containsExactly("Nice");
        assertThat(mentions("Celle qui est revenue de Raqqa vit à Lens.", "fr")).containsExactly("Raqqa", "Lens");
        assertThat(mentions("La défense a plaidé la relaxe.", "fr")).isEmpty();
    }

    @Test
    void germanNounsThatAreAlsoCitiesAreNoPlaces() {
        assertThat(mentions("Das Essen im Gefängnis sei schlecht gewesen, sagte der Mann aus Essen.", "de"))
                .containsExactly("Essen");
        assertThat(mentions("Er verhandelte in Berlin über das Essen.", "de")).containsExactly("Berlin");
        assertThat(mentions("Das Oberlandesgericht Celle tagt in Celle.", "de")).contains("Celle");
    }

    @Test
    void aGivenNameThatIsAlsoACityIsAPlaceOnlyWhereAPlaceStands() {
        assertThat(mentions("Sa mère, Saïda, assise à côté d'elle, l'interrompt. Riad a fui vers la Turquie. Sa tante,"
                + " Mabrouka, se tait.", "fr")).containsExactly("Turquie");
        assertThat(found("Il a été arrêté à Saïda, puis transféré à Riyad.", "fr")).containsExactly("Sidon/LB", "Riyadh/SA");
    }

    @Test
    void anAmbiguousNameInAListOfPlacesIsAPlace() {
        assertThat(found("Des départs ont été signalés à Metz, Nancy et Reims.", "fr"))
                .containsExactly("Metz/FR", "Nancy/FR", "Reims/FR");
    }

    @Test
    void usAsAnAdjectiveIsNoPlaceButAfterAPrepositionItIs() {
        assertThat(mentions("A senior U.S. official said the US-led coalition had flown him back to the U.S. in May.",
                "en")).containsExactly("U.S.");
        assertThat(found("Sie wurde in die USA abgeschoben.", "de")).containsExactly("United States/US");
    }
}
